package io.vcdsim.api;

import io.vcdsim.http.Router;

/** A resource class: one URL area of the API, registering its routes. */
public interface Routes {
    void register(Router router);
}

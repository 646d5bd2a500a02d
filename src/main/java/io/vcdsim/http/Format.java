package io.vcdsim.http;

/** The two wire forms of every representation. */
public enum Format {
    XML("+xml"), JSON("+json");

    public final String suffix;

    Format(String suffix) {
        this.suffix = suffix;
    }
}

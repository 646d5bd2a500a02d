package io.vcdsim.compute;

/** The ways a vApp is made and changed as a whole, for the resource that routes them. */
public record VAppOperations(VAppCreation creation, VAppCloning cloning, VAppRecomposition recomposition,
                             VAppFromOvf fromOvf, VAppPower power) {
}

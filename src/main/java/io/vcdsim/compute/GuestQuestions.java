package io.vcdsim.compute;

import io.vcdsim.store.Tx;
import io.vcdsim.store.VmRow;

import java.util.List;
import java.util.Optional;

/**
 * Decides, as a VM powers on, that it asks a question first (vSphere's "did you move or copy it?"): the VM then
 * waits for input until someone answers (the Guide's "Provide user input requested by a VM"). The simulation
 * arms questions; a real guest never asks one unbidden.
 */
public interface GuestQuestions {
    GuestQuestions NONE = (tx, vm) -> Optional.empty();

    /** A question and the answers it offers, in order (their ids are their places). */
    record Question(String text, List<String> choices) {
    }

    /** The question this VM asks as it powers on now, if any (taking it: it is asked once). */
    Optional<Question> ask(Tx tx, VmRow vm);
}

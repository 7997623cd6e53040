package io.parley.benchmarks.client;

/** A connection that could not be set up, with a stable cause code for counting failures by kind. */
public final class SetupFailure extends RuntimeException {

    private final String code;

    public SetupFailure(String code, String detail) {
        super(code + ": " + detail, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The code of a failure from a future chain: unwraps completion exceptions, names other kinds by class. */
    public static String codeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SetupFailure)) {
            cause = cause.getCause();
        }
        return cause instanceof SetupFailure setup ? setup.code() : cause.getClass().getSimpleName();
    }
}

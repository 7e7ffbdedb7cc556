package com.attackacrack.crm.application.port.out;

/** Thrown by a job handler when retrying cannot help (bad payload, unknown type): the job goes straight to the dead letters. */
public class PermanentJobFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PermanentJobFailure(String message) {
        super(message);
    }

    public PermanentJobFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

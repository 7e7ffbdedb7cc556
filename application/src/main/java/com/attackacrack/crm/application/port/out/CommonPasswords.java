package com.attackacrack.crm.application.port.out;

/** The bundled list of commonly used passwords, which the password rules refuse. */
public interface CommonPasswords {

    /** Case-insensitive membership. */
    boolean contains(String password);
}

package com.attackacrack.crm.application.port.in.user;

/**
 * Checks email and password and opens a new session. Every failure gives the same message; too many failures for
 * the account or the client address lock sign-in for a while (BusinessRuleException TOO_MANY_ATTEMPTS).
 */
public interface SignInUseCase {

    SignedIn signIn(SignInCommand command);
}

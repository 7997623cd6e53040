package io.parley.agent;

/**
 * A sign-in attempt. {@code clientAddress}: where it comes from (the connection's address, or the client a trusted
 * proxy names), which failed attempts are counted against.
 */
public record SignIn(String email, String password, String clientAddress) {

    @Override
    public String toString() {
        return "SignIn[email=" + email + ", password=***, clientAddress=" + clientAddress + "]";
    }
}

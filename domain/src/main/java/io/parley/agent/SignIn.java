package io.parley.agent;

public record SignIn(String email, String password) {

    @Override
    public String toString() {
        return "SignIn[email=" + email + ", password=***]";
    }
}

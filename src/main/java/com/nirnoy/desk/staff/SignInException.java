package com.nirnoy.desk.staff;

/**
 * Sign-in refused; the message is for the person at the desk and never says which part was wrong.
 */
public class SignInException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  static final String WRONG = "Wrong phone/email or password.";

  public SignInException(String message) {
    super(message);
  }
}

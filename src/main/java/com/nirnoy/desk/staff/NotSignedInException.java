package com.nirnoy.desk.staff;

/** Nobody is signed in at this desk, so nothing that needs a staff member can be done. */
public class NotSignedInException extends PermissionDeniedException {
  private static final long serialVersionUID = 1L;

  public NotSignedInException(Permission permission) {
    super(permission, "Nobody is signed in at this desk. Sign in first.");
  }
}

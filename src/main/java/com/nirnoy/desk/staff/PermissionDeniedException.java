package com.nirnoy.desk.staff;

/** The signed-in staff member's role does not allow this; the message says who can. */
public class PermissionDeniedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Permission permission;

  public PermissionDeniedException(Permission permission) {
    this(permission, permission.deniedMessage());
  }

  protected PermissionDeniedException(Permission permission, String message) {
    super(message);
    this.permission = permission;
  }

  public Permission permission() {
    return permission;
  }
}

package com.nirnoy.desk.staff;

/**
 * A desk login asked to make the first admin: on a clinic's server only the owner's connection may
 * (the IT person's {@code nirnoy-desk staff add-admin}, docs/security.md).
 */
public class FirstAdminByItException extends PermissionDeniedException {
  private static final long serialVersionUID = 1L;

  public FirstAdminByItException() {
    super(
        Permission.MANAGE_STAFF,
        "On the clinic's server the first admin is made by its IT person: nirnoy-desk staff"
            + " add-admin");
  }
}

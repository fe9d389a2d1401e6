package com.nirnoy.desk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Table columns that show one text of a row model. */
public final class Columns {
  private Columns() {}

  public static <R> void text(TableColumn<R, String> c, Function<R, String> value) {
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
  }
}

package com.nirnoy.desk.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The listeners a view puts on long-lived ViewModels. The window is rebuilt when the language
 * changes while the ViewModels stay; the old view calls {@link #close()} so its listeners neither
 * keep it in memory nor act a second time.
 */
public final class ViewScope implements AutoCloseable {
  private final List<Runnable> removals = new ArrayList<>();

  public <T> void listen(ObservableValue<T> value, ChangeListener<? super T> listener) {
    value.addListener(listener);
    removals.add(() -> value.removeListener(listener));
  }

  public <E> void listen(ObservableList<E> list, ListChangeListener<? super E> listener) {
    list.addListener(listener);
    removals.add(() -> list.removeListener(listener));
  }

  public <E> void listen(
      javafx.collections.ObservableSet<E> set,
      javafx.collections.SetChangeListener<? super E> listener) {
    set.addListener(listener);
    removals.add(() -> set.removeListener(listener));
  }

  @Override
  public void close() {
    removals.forEach(Runnable::run);
    removals.clear();
  }
}

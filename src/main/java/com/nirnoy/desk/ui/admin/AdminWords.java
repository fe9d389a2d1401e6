package com.nirnoy.desk.ui.admin;

import com.nirnoy.desk.doctor.DoctorStatus;
import com.nirnoy.desk.ui.Texts;
import com.nirnoy.desk.user.Role;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The admin console's words (its own bundle, {@code admin.properties} / {@code admin_bn}) plus the
 * desk's {@link Texts} for fees, dates and times in the same language.
 */
public final class AdminWords {
  static final String BUNDLE = "com.nirnoy.desk.ui.admin.admin";

  /** The week as Bangladeshi clinics count it: Saturday first. */
  static final java.util.List<DayOfWeek> WEEK = com.nirnoy.desk.chamber.WeeklyDays.WEEK;

  private final ResourceBundle bundle;
  private final Texts texts;

  public AdminWords(Texts texts) {
    this.texts = texts;
    this.bundle = bundle(texts);
  }

  static ResourceBundle bundle(Texts texts) {
    return ResourceBundle.getBundle(BUNDLE, texts.locale());
  }

  public ResourceBundle bundle() {
    return bundle;
  }

  public Texts texts() {
    return texts;
  }

  /** The console's text for {@code key}, with {@code args} filled in. */
  public String word(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, texts.locale()).format(args);
  }

  public String status(DoctorStatus s) {
    return s == null ? "" : word("status." + s.name());
  }

  public String gender(com.nirnoy.desk.user.Gender g) {
    return g == null ? "" : word("gender." + g.name());
  }

  /** A fee in whole taka: "৳৮০০" in Bangla, "Tk 800" in English; "" for none. */
  public String fee(Integer taka) {
    return texts.fee(taka);
  }

  /** A chamber's weekdays in the week's order, short names: "Sat, Mon, Wed". */
  public String days(java.util.Set<DayOfWeek> days) {
    return WEEK.stream()
        .filter(days::contains)
        .map(d -> d.getDisplayName(TextStyle.SHORT, texts.locale()))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  public String role(Role r) {
    return r == null ? "" : word("role." + r.name());
  }

  public String day(DayOfWeek d) {
    return d == null ? "" : d.getDisplayName(TextStyle.FULL, texts.locale());
  }

  public String yesNo(boolean yes) {
    return word(yes ? "common.yes" : "common.no");
  }

  /** Shows values of a choice box in words; nothing is typed into it. */
  public static <T> StringConverter<T> shown(Function<T, String> words) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : words.apply(value);
      }

      @Override
      public T fromString(String s) {
        return null;
      }
    };
  }
}

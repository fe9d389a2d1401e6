package com.nirnoy.desk.ui;

import com.nirnoy.desk.chamber.SessionDetails;
import com.nirnoy.desk.chamber.SessionOverlapException;
import com.nirnoy.desk.rules.DatabaseRules;
import com.nirnoy.desk.rules.RuleViolationException;
import java.time.format.TextStyle;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Puts a form's messages into the screen's language. The forms and services write English (also
 * used by the command line and the logs); a phrasebook gives each fixed English message its Bangla,
 * refusals get their words from {@link Refusals}, and anything unknown stays as written.
 */
public class FormWords {
  static final String PHRASES = "com.nirnoy.desk.ui.phrases";

  /** English as the forms write it. */
  public static final FormWords ENGLISH = new FormWords(Texts.ENGLISH);

  private final Texts texts;
  private final ResourceBundle phrases;

  public FormWords(Texts texts) {
    this.texts = texts;
    this.phrases = ResourceBundle.getBundle(PHRASES, texts.locale());
  }

  /** {@code english} in the screen's language ("" stays ""). */
  public String phrase(String english) {
    if (english == null || english.isEmpty() || !texts.isBangla()) {
      return english == null ? "" : english;
    }
    try {
      return phrases.getString(english);
    } catch (MissingResourceException e) {
      return english;
    }
  }

  /** The main bundle's {@code key} with {@code args}. */
  public String text(String key, Object... args) {
    return texts.get(key, args);
  }

  /** A message with a count in it, from the main bundle ({@code key} takes the number). */
  public String counted(String key, long n) {
    return texts.get(key, texts.number(n));
  }

  /** Why a save failed, in the screen's language. */
  public String explain(Throwable e) {
    if (e instanceof com.nirnoy.desk.rules.InvalidFormException) {
      return texts.get("form.fix.fields");
    }
    if (texts.isBangla() && e instanceof RuleViolationException r) {
      if (r instanceof SessionOverlapException o && o.clash().isPresent()) {
        SessionDetails c = o.clash().get();
        return texts.get(
            "refused.session.overlap",
            c.chamberName(),
            c.day().getDisplayName(TextStyle.FULL, texts.locale()),
            texts.timeRange(c.start(), c.end()));
      }
      return texts.get("refused.rule", phrase(DatabaseRules.words(r.rule())), r.rule());
    }
    String said = Refusals.explain(e, texts);
    return said.equals(e.getMessage()) ? phrase(said) : said;
  }
}

package dev.worlddaily.cluster;

import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys under which one name meets itself across scripts and spellings: "Владимир Кличко",
 * "Wladimir Klitschko" and "Vladimir Klichko" all become {@code vladimir kli9ko}. The name is
 * transliterated to Latin (ICU), then reduced to a rough phonetic skeleton: the sounds that
 * transliteration conventions spell differently (ч/tsch/tch/ch, ш/sch/sh, ж/zh, ц/ts, w/v, y/j/i,
 * ph/f, k/c/ck/q, x/ks, ou/u, th/t) get one spelling, doubled letters collapse and a final -e drops. The rules
 * are deliberately mild: different English names must keep different keys.
 */
final class NameKeys {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9 ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Transliterator toLatin = Transliterator.getInstance("Any-Latin");

  /** The key of a whole name (tokens in order, joined by one space); empty for no letters. */
  String key(String name) {
    String s = name.strip();
    if (needsTransliteration(s)) {
      s = toLatin.transliterate(s);
    }
    s = s.toLowerCase(Locale.ROOT);
    // Letters with hačeks carry the sounds that English spells with two letters: keep them apart
    // before the accents go.
    s = s.replace("šč", "sc").replace('č', '9').replace('š', 's').replace('ž', 'z').replace('ř', 'r')
        .replace('ł', 'l').replace('ø', 'o').replace("ß", "ss").replace("æ", "ae").replace("œ", "oe").replace('đ', 'd').replace('ı', 'i');
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = s.replace('ʹ', ' ').replace("'", "").replace("’", "").replace('-', ' ');
    s = NOT_NAME.matcher(s).replaceAll(" ");
    StringBuilder out = new StringBuilder(s.length());
    for (String token : SPACES.split(s.strip())) {
      if (token.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(skeleton(token));
    }
    return out.toString();
  }

  /** The key of the last word of a name ("Klitschko"), for names cited by surname alone. */
  String surnameKey(String key) {
    int space = key.lastIndexOf(' ');
    return space < 0 ? key : key.substring(space + 1);
  }

  /** The key of the last two words of a name of three words or more; else the key itself. */
  String lastTwoKey(String key) {
    int last = key.lastIndexOf(' ');
    int before = last <= 0 ? -1 : key.lastIndexOf(' ', last - 1);
    return before < 0 ? key : key.substring(before + 1);
  }

  private static boolean needsTransliteration(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x24F) {
        return true;
      }
    }
    return false;
  }

  static String skeleton(String token) {
    String t = token;
    t = t.replace("shch", "sc").replace("tsch", "9").replace("tch", "9").replace("sch", "s").replace("ch", "9")
        .replace("sh", "s").replace("zh", "z").replace("kh", "h").replace("ts", "s").replace("tz", "s").replace("cz", "9")
        .replace("ph", "f").replace("ck", "k").replace("ou", "u").replace("th", "t").replace("x", "ks");
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char mapped = switch (c) {
        case 'w' -> 'v';
        case 'y', 'j' -> 'i';
        case 'q' -> 'k';
        case 'c' -> i + 1 < t.length() && "eiy".indexOf(t.charAt(i + 1)) >= 0 ? 's' : 'k';
        default -> c;
      };
      if (b.isEmpty() || b.charAt(b.length() - 1) != mapped) {
        b.append(mapped);
      }
    }
    if (b.length() > 3 && b.charAt(b.length() - 1) == 'e') {
      b.setLength(b.length() - 1);
    }
    return b.toString();
  }
}

package dev.worlddaily.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {
  final NameKeys keys = new NameKeys();

  @Test
  void oneNameInSeveralScriptsAndSpellingsMeets() {
    String klitschko = keys.key("Wladimir Klitschko");
    assertThat(keys.key("Владимир Кличко")).isEqualTo(klitschko);
    assertThat(keys.key("Vladimir Klichko")).isEqualTo(klitschko);
    assertThat(keys.key("Зеленский")).isEqualTo(keys.key("Zelensky")).isEqualTo(keys.key("Zelenskyy"));
    assertThat(keys.key("Τσίπρας")).isEqualTo(keys.key("Tsipras"));
    assertThat(keys.key("Томас Феррейра")).isEqualTo(keys.key("Tomas Ferreira"));
    assertThat(keys.key("Порт-Сарин")).isEqualTo(keys.key("Port Sarin"));
    assertThat(keys.key("Łódź")).isEqualTo(keys.key("Lodz"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(keys.key("Tara Reid")).isNotEqualTo(keys.key("Lindsay Lohan"));
    assertThat(keys.key("Hasim Rahman")).isNotEqualTo(keys.key("Tony Thompson"));
    assertThat(keys.key("Port Sarin")).isNotEqualTo(keys.key("Port Alder"));
    assertThat(keys.key("Kelso Bay")).isNotEqualTo(keys.key("Kelso"));
  }

  @Test
  void surnameAndLastTwoWords() {
    String key = keys.key("Gouverneur Tomas Ferreira");
    assertThat(keys.surnameKey(key)).isEqualTo(keys.key("Ferreira"));
    assertThat(keys.lastTwoKey(key)).isEqualTo(keys.key("Tomas Ferreira"));
    assertThat(keys.lastTwoKey(keys.key("Port Sarin"))).isEqualTo(keys.key("Port Sarin"));
  }

  @Test
  void keysIgnoreCaseAndTheTurkishLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
      assertThat(new NameKeys().key("ISTANBUL IZMIR")).isEqualTo(keys.key("istanbul izmir"));
    } finally {
      java.util.Locale.setDefault(before);
    }
  }
}

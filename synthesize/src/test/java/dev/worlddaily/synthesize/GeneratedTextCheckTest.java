package dev.worlddaily.synthesize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks on text not copied from its sources, one behaviour each (fictional sources). */
class GeneratedTextCheckTest {
  static final String SOURCES = "A magnitude 6.1 earthquake struck Port Sarin on Tuesday, killing 14 people and destroying more than 300 homes. "
      + "Governor Tomas Ferreira said 45,000 residents had no water. \"We will not stop until everyone is found,\" he said. "
      + "Three hospitals were damaged and the government pledged $25 million.";

  static String problem(String text) {
    return GeneratedTextCheck.problem(text, SOURCES).orElse(null);
  }

  @Test
  void aFaithfulParaphrasePasses() {
    assertThat(problem("The earthquake in Port Sarin killed 14 people and destroyed more than 300 homes.")).isNull();
    assertThat(problem("Ferreira said 45,000 residents had no water.")).isNull();
    assertThat(problem("Three hospitals were damaged, Ferreira said.")).isNull();
  }

  @Test
  void aNumberMustBeAWholeNumberOfTheSources() {
    assertThat(problem("The quake killed 40 people in Port Sarin.")).contains("figure 40");
    assertThat(problem("The quake left 4 residents without water in Port Sarin.")).contains("figure 4");
    assertThat(problem("Ferreira said 45000 residents had no water.")).isNull();
  }

  @Test
  void numbersInWordsAndScalesAreChecked() {
    assertThat(problem("Five hospitals were damaged in Port Sarin.")).contains("'five'");
    assertThat(problem("The government pledged $25 billion.")).contains("'billion'");
  }

  @Test
  void namesMustBeTheSources() {
    assertThat(problem("Governor Alma Reyes said 45,000 residents had no water.")).contains("name 'Alma'");
    assertThat(problem("Rescuers reached Port Sarin after the earthquake struck on Tuesday.")).isNull();
  }

  @Test
  void quotedWordsMustBeVerbatim() {
    assertThat(problem("Ferreira said: \"We will not stop until everyone is found.\"")).isNull();
    assertThat(problem("Ferreira vowed \"we will never give up\" after the earthquake.")).contains("quoted words");
  }

  @Test
  void aNegationTheSourcesDoNotMakeIsRejected() {
    assertThat(problem("The earthquake did not destroy homes in Port Sarin.")).isNull();
    assertThat(GeneratedTextCheck.problem("The earthquake did not destroy homes in Port Sarin.",
        "The earthquake destroyed more than 300 homes in Port Sarin.")).hasValueSatisfying(r -> assertThat(r).contains("negation"));
  }

  @Test
  void mostContentWordsMustBeTheSources() {
    assertThat(problem("Looters ransacked shops while police watched helplessly in Port Sarin.")).contains("content words");
  }
}

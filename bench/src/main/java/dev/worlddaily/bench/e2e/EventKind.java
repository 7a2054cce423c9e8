package dev.worlddaily.bench.e2e;

/**
 * Kinds of synthetic events, each with the phrases its articles are written from. {@code %P}
 * is the place, {@code %C} the country, {@code %O} the organisation, {@code %N} a count,
 * {@code %A} an amount, {@code %R} a percentage.
 */
enum EventKind {
  EARTHQUAKE(
      new String[] {"Earthquake strikes %P, %N dead", "Quake in %P kills %N", "Strong earthquake shakes %P"},
      "A magnitude 6 earthquake struck %P in %C, killing %N people and damaging hundreds of homes.",
      "Rescue teams from the %O searched collapsed buildings through the night.",
      "damage to roads and bridges was estimated at %A million dollars"),
  FLOOD(
      new String[] {"Floods force thousands from homes in %P", "%P under water after record rain", "Flooding in %P leaves %N missing"},
      "Heavy rain flooded %P in %C, forcing thousands to leave their homes and leaving %N people missing.",
      "The %O opened shelters in schools and sports halls.",
      "the river rose %R percent above its previous record"),
  ELECTION(
      new String[] {"%P votes in tight mayoral race", "Turnout of %R percent in %P election", "Results due in %P council vote"},
      "Voters in %P, %C, chose a new council, with turnout at %R percent and %N seats contested.",
      "Observers from the %O said the count had been orderly.",
      "campaign spending reached %A thousand dollars"),
  MERGER(
      new String[] {"%O agrees %A million takeover", "%O to buy rival in %P", "Shareholders back %O deal"},
      "The %O agreed to buy a rival based in %P for %A million dollars, creating the largest firm of its kind in %C.",
      "Regulators in %C said they would review the deal.",
      "the combined company would employ %N thousand people"),
  STRIKE(
      new String[] {"Transport workers strike in %P", "%P strike enters third day", "Talks fail as %P strike goes on"},
      "Transport workers in %P walked out over pay, halting buses and trams across the city of %C.",
      "The %O said its members wanted a raise of %R percent.",
      "the strike cost businesses %A thousand dollars a day"),
  SUMMIT(
      new String[] {"Leaders meet in %P for trade summit", "%P summit ends with climate pledge", "Trade talks open in %P"},
      "Leaders from %N countries met in %P, %C, for a two-day summit on trade and climate.",
      "The %O presented a plan to cut tariffs by %R percent.",
      "the host city spent %A thousand dollars on security"),
  RULING(
      new String[] {"Court rules against %O", "Judges in %P strike down law", "%O loses appeal in %P"},
      "A court in %P, %C, ruled against the %O in a case brought by %N former employees.",
      "Lawyers for the %O said they would study the judgment.",
      "the company was ordered to pay %A thousand dollars"),
  WILDFIRE(
      new String[] {"Wildfire spreads near %P", "Thousands flee fire outside %P", "%P fire burns %N homes"},
      "A wildfire burned through forest outside %P in %C, destroying %N homes and forcing evacuations.",
      "Firefighters from the %O worked through the night to protect the town.",
      "the fire covered %A square kilometres");

  final String[] headlines;
  final String lead;
  final String response;
  final String figure;

  EventKind(String[] headlines, String lead, String response, String figure) {
    this.headlines = headlines;
    this.lead = lead;
    this.response = response;
    this.figure = figure;
  }
}

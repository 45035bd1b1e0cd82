package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CountryTaggingTest {
  static final Enricher ENRICHER = Enricher.defaults();

  static List<String> codes(String headline, String body) {
    return ENRICHER.enrich(new ArticleText("t", headline, body, "en")).countryCodes();
  }

  static List<String> codes(String body) {
    return codes("", body);
  }

  @Test
  void shouldTagNorthKoreaFromPyongyangMetonym() {
    Enrichment e = ENRICHER.enrich(new ArticleText("t", "", "Pyongyang rejected the offer.", "en"));
    assertThat(e.countryCodes()).containsExactly("KP");
    Evidence ev = e.countries().get(0).evidence().get(0);
    assertThat(ev.text()).isEqualTo("Pyongyang");
    assertThat(ev.start()).isZero();
    assertThat(ev.end()).isEqualTo(9);
    assertThat(ev.field()).isEqualTo(ArticleField.BODY);
    assertThat(ev.source()).isEqualTo("gazetteer:KP/capital:Pyongyang");
  }

  @Test
  void flagshipHeadlineTagsAllFourStatesWithHeadlineOffsets() {
    String h = "China, Russia block U.S. bid for more North Korea sanctions";
    Enrichment e = ENRICHER.enrich(new ArticleText("t", h, "", "en"));
    assertThat(e.countryCodes()).containsExactlyInAnyOrder("CN", "RU", "US", "KP");
    CountryTag kp = e.countries().stream().filter(c -> c.code().equals("KP")).findFirst().orElseThrow();
    Evidence ev = kp.evidence().get(0);
    assertThat(h.substring(ev.start(), ev.end())).isEqualTo("North Korea");
    assertThat(ev.field()).isEqualTo(ArticleField.HEADLINE);
    assertThat(kp.alpha3()).isEqualTo("PRK");
  }

  @Test
  void seatsOfPowerDemonymsAndFormerNamesStandForTheirStates() {
    assertThat(codes("The Kremlin and the White House traded barbs with Downing Street and the Élysée."))
        .containsExactlyInAnyOrder("RU", "US", "GB", "FR");
    assertThat(codes("Officials at Foggy Bottom, Zhongnanhai and the Quai d'Orsay said nothing."))
        .containsExactlyInAnyOrder("US", "CN", "FR");
    assertThat(codes("An Emirati envoy met North Korean and Chinese diplomats."))
        .containsExactlyInAnyOrder("AE", "KP", "CN");
    assertThat(codes("Burma, Swaziland, Ivory Coast and the Czech Republic"))
        .containsExactlyInAnyOrder("MM", "SZ", "CI", "CZ");
    assertThat(codes("Eswatini, Côte d'Ivoire, Türkiye, Czechia, the DPRK, North Macedonia and Cabo Verde"))
        .containsExactlyInAnyOrder("SZ", "CI", "TR", "CZ", "KP", "MK", "CV");
  }

  @Test
  void leadersAndBodiesCountAsMentionsOfTheirCountry() {
    Enrichment e = ENRICHER.enrich(new ArticleText("t", "",
        "Kim Jong Un oversaw the test, and the State Department and the U.S. Ambassador to the United Nations responded.", "en"));
    assertThat(e.countryCodes()).containsExactlyInAnyOrder("KP", "US");
    assertThat(e.entities()).extracting(EntityMention::id)
        .contains("person:kim-jong-un", "body:us-state-department", "body:us-un-ambassador");
    EntityMention kim = e.entities().stream().filter(m -> m.id().equals("person:kim-jong-un")).findFirst().orElseThrow();
    assertThat(kim.country()).isEqualTo("KP");
    assertThat(kim.type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void internationalOrganisationsAreEntitiesNotCountries() {
    Enrichment e = ENRICHER.enrich(new ArticleText("t", "",
        "The UN Security Council, NATO, the EU, ASEAN, the African Union, the IAEA, the G7, the G20, OPEC and ECOWAS met.", "en"));
    assertThat(e.countryCodes()).isEmpty();
    assertThat(e.entities()).extracting(EntityMention::id)
        .contains("org:unsc", "org:nato", "org:eu", "org:asean", "org:au", "org:iaea", "org:g7", "org:g20", "org:opec", "org:ecowas");
    assertThat(e.entities()).allMatch(m -> m.type() == EntityType.INTERNATIONAL_ORGANISATION);
  }

  @Test
  void internationalOrganisationsAreFoundByTheirFrenchSpanishAndGermanNames() {
    Enrichment fr = ENRICHER.enrich(new ArticleText("t", "", "L'Agence internationale de l'énergie atomique, l'Union africaine, "
        + "l'OEA, la Ligue arabe, l'OMS, le FMI et la Cour internationale de justice ont réagi.", "fr"));
    assertThat(fr.countryCodes()).isEmpty();
    assertThat(fr.entities()).extracting(EntityMention::id)
        .contains("org:iaea", "org:au", "org:oas", "org:arab-league", "org:who", "org:imf", "org:icj");
    Enrichment es = ENRICHER.enrich(new ArticleText("t", "", "El Organismo Internacional de Energía Atómica, la Unión Africana, la "
        + "Liga Árabe, el Banco Mundial y la Corte Penal Internacional se pronunciaron.", "es"));
    assertThat(es.entities()).extracting(EntityMention::id)
        .contains("org:iaea", "org:au", "org:arab-league", "org:world-bank", "org:icc");
    Enrichment de = ENRICHER.enrich(new ArticleText("t", "", "Die Internationale Atomenergiebehörde, die OSZE, der Golf-Kooperationsrat, "
        + "die Welthandelsorganisation und der Internationale Strafgerichtshof äußerten sich.", "de"));
    assertThat(de.entities()).extracting(EntityMention::id)
        .contains("org:iaea", "org:osce", "org:gcc", "org:wto", "org:icc");
  }

  @Test
  void aSpanishMeetingNamedWithACapitalIsNoIsland() {
    Enrichment e = ENRICHER.enrich(new ArticleText("t", "", "Sánchez viajará a Rabat para la XIV Reunión de Alto Nivel con "
        + "Marruecos.", "es"));
    assertThat(e.countryCodes()).containsExactly("MA");
    assertThat(ENRICHER.enrich(new ArticleText("t", "", "El ciclón azotó la isla de la Reunión el martes.", "es")).countryCodes())
        .containsExactly("RE");
  }

  @Test
  void otherCitiesMakeNoCountryTag() {
    assertThat(codes("Talks in Geneva, Kazan, Dubai and New York ended.")).isEmpty();
  }

  @Test
  void georgiaTheUsStateIsNotTheCountry() {
    assertThat(codes("Voters in Atlanta, Georgia went to the polls.")).isEmpty();
    assertThat(codes("The Georgia governor signed the bill.")).isEmpty();
    assertThat(codes("Georgia Tech won. Fans across Georgia cheered.")).isEmpty();
    assertThat(codes("Georgia's president visited Tbilisi's old town.")).containsExactly("GE");
    assertThat(codes("Runners in Atlanta raised money for food banks across Georgia.")).isEmpty();
    assertThat(codes("Georgia routs rivals", "No. 6 Georgia beat its in-state rivals 45-17 in Athens on Saturday."))
        .isEmpty();
    assertThat(codes("Georgia's prime minister flew to Atlanta, and Tbilisi welcomed the deal.")).containsExactly("GE");
    assertThat(codes("Greek officials met in Athens; the Georgia delegation came from Atlanta."))
        .containsExactly("GR");
  }

  @Test
  void aCapitalNamedAsTheVenueIsNotAPrimaryCountry() {
    Enrichment talks = ENRICHER.enrich(new ArticleText("t", "Armenia and Azerbaijan resume peace talks in Abu Dhabi",
        "Armenia and Azerbaijan resumed peace talks in Abu Dhabi on Monday.", "en"));
    assertThat(talks.countryCodes()).contains("AE");
    assertThat(talks.primaryCodes()).containsExactlyInAnyOrder("AM", "AZ");
    Enrichment embassy = ENRICHER.enrich(new ArticleText("t", "Britain reopens its embassy in Damascus",
        "Britain reopened its embassy in Damascus on Monday.", "en"));
    assertThat(embassy.primaryCodes()).contains("SY");
  }

  @Test
  void theHeadlinesCountriesAreTheStorysUnlessFarBehindItsLeader() {
    Enrichment carrier = ENRICHER.enrich(new ArticleText("t",
        "U.S. sends aircraft carrier to Caribbean as pressure on Venezuela mounts",
        "The United States has ordered an aircraft carrier strike group to the Caribbean, the Pentagon said on Tuesday. U.S. "
        + "officials said the deployment was meant to counter drug trafficking. Washington did not say how long the ships "
        + "would stay. The move adds to pressure on Caracas.", "en"));
    assertThat(carrier.primaryCodes()).containsExactlyInAnyOrder("US", "VE");
    // a venue in the headline stays a venue
    Enrichment talks = ENRICHER.enrich(new ArticleText("t", "Armenia and Azerbaijan resume peace talks in Abu Dhabi",
        "Armenia and Azerbaijan resumed peace talks in Abu Dhabi on Monday.", "en"));
    assertThat(talks.primaryCodes()).doesNotContain("AE");
  }

  @Test
  void jordanThePlayerIsNotTheCountry() {
    assertThat(codes("Michael Jordan scored 40 points, and Jordan later thanked the fans.")).isEmpty();
    assertThat(codes("Liverpool captain Jordan Henderson was substituted.")).isEmpty();
    assertThat(codes("King Abdullah of Jordan met the envoy in Amman.")).containsExactly("JO");
  }

  @Test
  void chadTheFirstNameIsNotTheCountry() {
    assertThat(codes("Chad Smith plays drums.")).isEmpty();
    assertThat(codes("Troops from Chad crossed into Sudan.")).containsExactlyInAnyOrder("TD", "SD");
  }

  @Test
  void turkeyTheBirdIsNotTheCountry() {
    assertThat(codes("The president pardoned a turkey before the holiday.")).isEmpty();
    assertThat(codes("Turkey and Greece held talks.")).containsExactlyInAnyOrder("TR", "GR");
    assertThat(codes("Turkey Trot draws record runners", "Many ran dressed as turkeys.")).isEmpty();
    assertThat(codes("Turkey prices fall ahead of Thanksgiving", "Shoppers will pay less this year.")).isEmpty();
    assertThat(codes("Turkey sends Thanksgiving greetings", "Ankara wished Americans a happy holiday."))
        .contains("TR");
  }

  @Test
  void newspapersAndCelebritiesAreNotCountries() {
    assertThat(codes("China Daily said Paris Hilton and The Washington Post were wrong.")).isEmpty();
    assertThat(codes("Wildfires in Washington state and at the University of Washington spread.")).isEmpty();
    assertThat(codes("Washington imposed sanctions.")).containsExactly("US");
  }

  @Test
  void nigerIsNotNigeria() {
    assertThat(codes("Niger closed its border.")).containsExactly("NE");
    assertThat(codes("Nigeria closed its border.")).containsExactly("NG");
    assertThat(codes("Nigerien and Nigerian troops met.")).containsExactlyInAnyOrder("NE", "NG");
  }

  @Test
  void guineasAreFourDifferentStates() {
    assertThat(codes("Guinea")).containsExactly("GN");
    assertThat(codes("Guinea-Bissau")).containsExactly("GW");
    assertThat(codes("Equatorial Guinea")).containsExactly("GQ");
    assertThat(codes("Papua New Guinea")).containsExactly("PG");
  }

  @Test
  void congoAndDrCongoAreDifferentStates() {
    assertThat(codes("The Democratic Republic of the Congo and Kinshasa")).containsExactly("CD");
    assertThat(codes("The Republic of the Congo, from Brazzaville")).containsExactly("CG");
    assertThat(codes("Fighting in Congo's east; Brazzaville worried.")).containsExactly("CG");
    assertThat(codes("Fighting in eastern Congo near Goma.")).containsExactly("CD");
  }

  @Test
  void dominicaIsNotTheDominicanRepublicAndSudanIsNotSouthSudan() {
    assertThat(codes("Dominica")).containsExactly("DM");
    assertThat(codes("the Dominican Republic")).containsExactly("DO");
    assertThat(codes("South Sudan")).containsExactly("SS");
    assertThat(codes("Sudan")).containsExactly("SD");
    assertThat(codes("South Sudanese and Sudanese")).containsExactlyInAnyOrder("SS", "SD");
  }

  @Test
  void northKoreaIsNotSouthKorea() {
    assertThat(codes("North Korea")).containsExactly("KP");
    assertThat(codes("South Korea")).containsExactly("KR");
    assertThat(codes("Seoul and the ROK")).containsExactly("KR");
  }

  @Test
  void shouldTagCountriesInFrenchSpanishAndGermanText() {
    assertThat(ENRICHER.enrich(new ArticleText("f", "La Chine et la Russie bloquent les sanctions contre la Corée du Nord", "", "fr"))
        .countryCodes()).containsExactlyInAnyOrder("CN", "RU", "KP");
    assertThat(ENRICHER.enrich(new ArticleText("s", "Estados Unidos y Alemania condenan a Corea del Norte", "", "es"))
        .countryCodes()).containsExactlyInAnyOrder("US", "DE", "KP");
    assertThat(ENRICHER.enrich(new ArticleText("d", "Russland und Nordkorea verärgern die Vereinigten Staaten", "", "de"))
        .countryCodes()).containsExactlyInAnyOrder("RU", "KP", "US");
  }

  @Test
  void aThirdHeadlineCountryFarBehindTheTwoPartiesIsNotPrimary() {
    Enrichment truce = ENRICHER.enrich(new ArticleText("t", "Pakistan, Afghanistan extend truce after talks hosted by Qatar",
        "Pakistan and Afghanistan agreed on Monday to extend their ceasefire by 30 days. Pakistan's foreign ministry said the "
        + "truce would hold. Afghan officials confirmed the extension. Islamabad and Kabul will meet again next month.", "en"));
    assertThat(truce.countryCodes()).contains("QA");
    assertThat(truce.primaryCodes()).containsExactlyInAnyOrder("PK", "AF");
  }

  @Test
  void headlineCountryIsPrimaryAndPassingMentionIsNot() {
    Enrichment e = ENRICHER.enrich(new ArticleText("t", "Japan protests to China over buoy",
        "Japan lodged a protest with China on Monday. Officials had earlier spoken to Canada.", "en"));
    assertThat(e.primaryCodes()).contains("JP", "CN").doesNotContain("CA");
    assertThat(e.countries().get(0).salience()).isEqualTo(1.0);
  }

  @Test
  void leadersNamedAloneGiveTheirCountryButANameManyBearNeedsItsCountryNamedToo() {
    assertThat(codes("Ruto met Museveni in Kampala on Monday.")).containsExactlyInAnyOrder("KE", "UG");
    // a Colombian defence minister who shares the Spanish prime minister's name stays Colombian
    assertThat(codes("Colombia's defence minister, Pedro Sánchez, visited troops in Cauca on Tuesday.")).containsExactly("CO");
    assertThat(codes("Pedro Sánchez, Spain's prime minister, met Lula in Brasília.")).contains("ES", "BR");
  }
}

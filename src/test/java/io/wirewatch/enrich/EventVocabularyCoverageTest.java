package io.wirewatch.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Per topic, the grammatical forms the rules must cover (tense and aspect, passive voice,
 * nominalisations, headline grammar, French, Spanish and German inflections) and the forms that
 * must stay silent (future and planned events, headline infinitives, link lines to other stories,
 * neighbouring topics). The sentences are written for this test; the verbs come from the CAMEO
 * verb classes named in rules.yaml.
 */
class EventVocabularyCoverageTest {
  private static final Enricher ENRICHER = Enricher.defaults();
  private static final Instant PUBLISHED = Instant.parse("2026-03-02T10:00:00Z");

  private static Enrichment body(String lang, String text) {
    return ENRICHER.enrich(new ArticleText("v", "", text, lang, PUBLISHED));
  }

  /**
   * A body under a headline that reports an agreement: an event below the lead is then not the story's one event, which
   * stands only in the lead or at 0.8.
   */
  private static Enrichment underASigning(String lang, String text) {
    return ENRICHER.enrich(new ArticleText("v", "Kenya and Uganda sign port deal", text, lang, PUBLISHED));
  }

  private static Enrichment headline(String text) {
    return headline(text, "en");
  }

  private static Enrichment headline(String text, String lang) {
    return ENRICHER.enrich(new ArticleText("v", text, "", lang, PUBLISHED));
  }

  @Test
  void futureAndPlannedFormsNeverFire() {
    assertThat(headline("Macron to visit China").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Germany will expel two Russian diplomats, officials said.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("en", "The two foreign ministers are set to sign a trade agreement.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "President Lula meets President Macron in Brasilia next week.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("fr", "Le président Macron se rendra en Chine pour rencontrer le président Xi Jinping.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Die Regierung wird nächste Woche zwei russische Diplomaten ausweisen.").topics())
        .doesNotContain("diplomat-expelled");
  }

  @Test
  void aRelatedLinkLineReportsNoEvent() {
    Enrichment e = body("en", "Talks on the harbour resumed in Oslo on Monday.\n\nRELATED: China, Russia block U.S. bid for "
        + "more North Korea sanctions\n\nThe harbour talks are technical.");
    assertThat(e.topics()).doesNotContain("sanctions-blocked");
    assertThat(e.countryCodes()).contains("CN", "RU", "KP");
  }

  @Test
  void blockedSanctionsInHeadlinePassiveAndOtherLanguages() {
    assertThat(headline("China, Russia block U.S. bid for more North Korea sanctions").topics())
        .contains("sanctions-blocked").doesNotContain("sanctions-imposed");
    assertThat(body("en", "New sanctions on Iran were blocked by Hungary on Monday.").topics()).contains("sanctions-blocked");
    assertThat(body("fr", "La Hongrie bloque les nouvelles sanctions contre la Russie.").topics()).contains("sanctions-blocked");
    assertThat(body("de", "Ungarn blockierte am Montag neue Sanktionen gegen Russland.").topics()).contains("sanctions-blocked");
  }

  @Test
  void imposedAndLiftedSanctionsInFourLanguages() {
    assertThat(body("en", "The European Union imposed sanctions on six Iranian officials on Monday.").topics())
        .contains("sanctions-imposed");
    assertThat(body("es", "Estados Unidos impuso sanciones a tres empresas venezolanas.").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Die EU verhängte am Montag Sanktionen gegen Belarus.").topics()).contains("sanctions-imposed");
    assertThat(body("fr", "Washington lève les sanctions contre la Syrie.").topics()).contains("sanctions-lifted");
    assertThat(body("en", "A 2019 law that imposes sanctions on Syria was cited.").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void aCouncilThatExtendsOrLiftsByVoteAdoptedAResolution() {
    assertThat(body("en", "The Security Council on Friday extended the arms embargo on South Sudan for a year.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("en", "Russia vetoed the draft resolution in the Security Council, which 13 members had backed.").topics())
        .contains("un-veto").doesNotContain("un-resolution-adopted");
    assertThat(body("fr", "Le Conseil de sécurité a adopté mardi une résolution sur Haïti.").topics())
        .contains("un-resolution-adopted");
  }

  @Test
  void vetoInOtherLanguages() {
    assertThat(body("es", "Rusia vetó el proyecto de resolución en el Consejo de Seguridad.").topics()).contains("un-veto");
    assertThat(body("de", "Russland legte im Sicherheitsrat sein Veto gegen den Resolutionsentwurf ein.").topics())
        .contains("un-veto");
  }

  @Test
  void expulsionsAndRecallsInFourLanguages() {
    assertThat(body("en", "Poland expelled two Russian diplomats on Monday.").topics()).contains("diplomat-expelled");
    assertThat(body("es", "Argentina expulsó a dos diplomáticos venezolanos.").topics()).contains("diplomat-expelled");
    assertThat(body("fr", "La France a rappelé son ambassadeur en Algérie pour consultations.").topics())
        .contains("relations-downgraded");
    assertThat(body("de", "Berlin hat seinen Botschafter aus Moskau zurückgerufen.").topics()).contains("relations-downgraded");
    assertThat(body("es", "México rompió relaciones diplomáticas con Ecuador.").topics()).contains("relations-downgraded");
  }

  @Test
  void restoredRelationsAreNotAPlanToRestoreThem() {
    assertThat(body("fr", "Le Maroc et l'Iran rétablissent leurs relations diplomatiques.").topics()).contains("relations-restored");
    assertThat(body("en", "Saudi Arabia and Iran restored diplomatic relations on Friday.").topics()).contains("relations-restored");
    assertThat(body("en", "Riyadh plans to restore diplomatic relations with Tehran.").topics()).doesNotContain("relations-restored");
  }

  @Test
  void summitsAreLeadersInOneRoomNotPhoneCallsOrCancelledMeetings() {
    assertThat(body("en", "President Macron met Chancellor Merz in Berlin on Monday.").topics()).contains("summit-meeting");
    assertThat(body("es", "El presidente Lula se reunió con el presidente Petro en Bogotá.").topics()).contains("summit-meeting");
    assertThat(body("en", "President Trump spoke with President Putin by phone on Tuesday.").topics()).doesNotContain("summit-meeting");
    assertThat(headline("Trump shelves Budapest summit with Putin").topics()).doesNotContain("summit-meeting");
  }

  @Test
  void talksAsRoundsAndMarathonsAreNegotiations() {
    assertThat(body("en", "Iran and the United States held a fourth round of talks in Muscat.").topics()).contains("negotiations");
    assertThat(body("en", "Marathon talks in Doha ended without a deal on Sunday.").topics()).contains("negotiations");
    assertThat(body("fr", "Les négociations de paix ont repris lundi à Genève.").topics()).contains("negotiations");
    assertThat(body("en", "Egypt called for talks between the two sides.").topics()).doesNotContain("negotiations");
  }

  @Test
  void agreementsAndCeasefiresInFourLanguages() {
    assertThat(body("de", "Deutschland und Kenia unterzeichneten am Montag ein Abkommen über Migration.").topics())
        .contains("agreement-signed");
    assertThat(body("es", "Colombia y Venezuela firmaron un acuerdo comercial.").topics()).contains("agreement-signed");
    assertThat(body("fr", "Un cessez-le-feu est entré en vigueur dimanche à Gaza.").topics()).contains("ceasefire");
    assertThat(body("en", "The two companies signed a deal to build a plant.").topics()).doesNotContain("agreement-signed");
  }

  @Test
  void condemnationsProtestsAndEpithets() {
    assertThat(body("en", "Japan lodged a protest with China over the incursion.").topics()).contains("condemnation");
    assertThat(body("en", "The foreign ministry called the strike unacceptable and barbaric.").topics()).contains("condemnation");
    assertThat(body("es", "El Gobierno de España condenó el ataque.").topics()).contains("condemnation");
    assertThat(body("de", "Das Auswärtige Amt hat den russischen Botschafter einbestellt.").topics()).contains("condemnation");
    assertThat(body("en", "Activists called on the government to condemn the raid.").topics()).doesNotContain("condemnation");
  }

  @Test
  void releasesAndSwapsNotArrestsOrSeizures() {
    assertThat(body("en", "Iran freed two French citizens on Friday.").topics()).contains("detention-release");
    assertThat(body("de", "Belarus hat 14 ausländische Gefangene freigelassen.").topics()).contains("detention-release");
    assertThat(body("en", "Coast guards seized a tanker off the coast.").topics()).doesNotContain("detention-release");
  }

  @Test
  void aidAsConvoysDeliveriesAndCrossings() {
    assertThat(body("en", "An aid convoy of 40 trucks crossed into Gaza on Tuesday.").topics()).contains("humanitarian-aid");
    assertThat(body("en", "Israel reopened the Kerem Shalom crossing for aid trucks.").topics()).contains("humanitarian-aid");
    assertThat(body("es", "España envió ayuda humanitaria a Cuba.").topics()).contains("humanitarian-aid");
  }

  @Test
  void escalationByStatesNotByGroupsOrInBackground() {
    assertThat(body("en", "Israeli jets carried out air strikes on Lebanon on Monday.").topics()).contains("military-escalation");
    assertThat(body("fr", "L'armée israélienne a bombardé le sud du Liban.").topics()).contains("military-escalation");
    assertThat(body("en", "Relations were cut after the strikes on Syria in 2018.").topics()).doesNotContain("military-escalation");
  }

  @Test
  void missileLaunchesAndNuclearStepsInOtherLanguages() {
    assertThat(body("fr", "La Corée du Nord a tiré un missile balistique en mer.").topics()).contains("missile-launch");
    assertThat(body("de", "Nordkorea feuerte am Montag eine ballistische Rakete ab.").topics()).contains("missile-launch");
    assertThat(body("es", "Irán aumentó su enriquecimiento de uranio.").topics()).contains("nuclear");
  }

  @Test
  void negationAndPlansInFrenchSpanishAndGerman() {
    assertThat(body("fr", "« Ce texte ne condamne pas l'attaque », a dit la représentante de la France.").topics())
        .doesNotContain("condemnation");
    assertThat(body("es", "Está prevista la firma de un acuerdo comercial entre España y Vietnam.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Indien hat sich geweigert, den russischen Angriff zu verurteilen.").topics())
        .doesNotContain("condemnation");
  }

  @Test
  void closuresSnapbacksAndListingsAreSanctions() {
    assertThat(body("en", "Algeria closed its airspace to flights from Mali on Monday.").topics()).contains("sanctions-imposed");
    assertThat(body("en", "UN sanctions on Iran came back into force on Sunday.").topics()).contains("sanctions-imposed");
    assertThat(body("en", "The EU added 21 Russian officials to its sanctions list.").topics()).contains("sanctions-imposed");
  }

  @Test
  void anAccordAgreedIsAnAgreementButAJointDecisionIsNotAndDisastersStrikeNoOne() {
    assertThat(body("en", "India and Canada agreed on a roadmap to appoint new high commissioners.").topics())
        .contains("agreement-signed");
    assertThat(body("en", "Qatar and Bahrain agreed on Tuesday to restore relations.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "India and Pakistan agree to halt fire along the border.").topics()).doesNotContain("agreement-signed");
    assertThat(body("fr", "La tempête Amy a frappé vendredi le nord-ouest de la France.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "A strong earthquake struck off the coast of Chile on Thursday.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Algerian forces shot down a Malian drone near the border.").topics()).contains("military-escalation");
  }

  @Test
  void aTriggerInANounPhraseOfCauseReportsNoEventOfItsOwn() {
    assertThat(body("en", "The Philippines summoned China's ambassador over the water cannon attack near the shoal.").topics())
        .contains("condemnation").doesNotContain("military-escalation");
    assertThat(body("en", "Manila said Chinese vessels fired water cannon at a Philippine boat on Monday.").topics())
        .contains("military-escalation");
    assertThat(body("en", "Iran barred inspectors from Fordo after the board's rebuke on Thursday.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "Germany rebuked Iran on Thursday for the executions.").topics()).contains("condemnation");
    assertThat(body("en", "The IAEA board rebuked Iran on Thursday over unexplained uranium traces.").topics())
        .contains("nuclear").doesNotContain("condemnation");
  }

  @Test
  void aReportedDemandGovernsTheRestOfItsClause() {
    assertThat(body("en", "Trump urged al-Sharaa to join the Abraham Accords and in time normalise relations with Israel.").topics())
        .doesNotContain("relations-restored");
    assertThat(body("en", "Syria and Israel normalised relations on Monday, the White House said.").topics())
        .contains("relations-restored");
    assertThat(body("es", "Petro pidió al Consejo de Seguridad que condene los ataques de Estados Unidos contra lanchas.").topics())
        .doesNotContain("condemnation");
  }

  @Test
  void germanSeparableVerbsAndCompoundsAreRead() {
    assertThat(body("de", "Die israelische Armee greift am Donnerstag Stellungen im Süden des Libanon an.").topics())
        .contains("military-escalation");
    assertThat(body("de", "Der Kanzler greift die Opposition im Bundestag scharf an.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("de", "Russland und die Ukraine tauschten am Mittwoch erneut Kriegsgefangene aus.").topics())
        .contains("detention-release");
    assertThat(body("de", "Beide Seiten haben sich auf den Austausch von 500 Kriegsgefangenen verständigt.").topics())
        .doesNotContain("detention-release");
    assertThat(body("de", "Die Slowakei blockiert weiterhin die Verabschiedung des 18. EU-Sanktionspakets gegen Russland.").topics())
        .contains("sanctions-blocked");
    assertThat(body("de", "Die Bundesregierung berief am Freitag den Botschafter in Teheran zu Konsultationen zurück.").topics())
        .contains("relations-downgraded");
    assertThat(body("de", "Die EU hat am Montag ihr 19. Sanktionspaket gegen Russland beschlossen.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Die chinesische Küstenwache setzte am Montag Wasserwerfer gegen philippinische Schiffe ein.").topics())
        .contains("military-escalation");
  }

  @Test
  void sanctionsNamedBeforeTheirVerbAndHoldsOnListings() {
    assertThat(body("fr", "Le paquet de sanctions contre l'Iran, adopté lundi à Bruxelles, vise six entités.").topics())
        .contains("sanctions-imposed");
    assertThat(body("es", "Las sanciones contra Nicaragua, aprobadas el lunes, afectan a seis funcionarios.").topics())
        .contains("sanctions-imposed");
    assertThat(body("en", "China placed a technical hold on a proposal by India and the United States to add a militant "
        + "commander to the UN sanctions list.").topics()).contains("sanctions-blocked");
    assertThat(body("en", "A proposed ban on nuclear fuel was dropped at Hungary's insistence, diplomats said.").topics())
        .contains("sanctions-blocked");
    assertThat(headline("Slovakia drops objection, EU adopts sanctions package on Russia").topics())
        .doesNotContain("sanctions-blocked");
  }

  @Test
  void nuclearTestingOrderedAndStrikesOnNuclearSites() {
    assertThat(headline("Trump orders Pentagon to begin nuclear weapons testing").topics()).contains("nuclear");
    assertThat(body("en", "The United States struck three Iranian nuclear sites early on Sunday.").topics()).contains("nuclear");
    assertThat(body("en", "Israel could strike Iranian nuclear sites, officials warned.").topics()).doesNotContain("nuclear");
    assertThat(body("en", "Russia has not conducted a nuclear test since 1990.").topics()).doesNotContain("nuclear");
  }

  @Test
  void aidLandedOrDroppedAndMeetingsInOtherLanguages() {
    assertThat(body("fr", "Un avion chargé de vingt tonnes d'aide s'est posé mercredi à Rangoun.").topics())
        .contains("humanitarian-aid");
    assertThat(body("es", "Un avión del Ejército del Aire lanzó doce toneladas de alimentos sobre Gaza.").topics())
        .contains("humanitarian-aid");
    assertThat(body("es", "Corea del Norte lanzó dos misiles balísticos al mar.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("es", "Los presidentes de Chile y Argentina se reunieron el lunes en Santiago.").topics())
        .contains("summit-meeting");
    assertThat(body("en", "Secretary of State Rubio said in Paris, after talks with European officials, that the plan stood.")
        .topics()).doesNotContain("summit-meeting");
  }

  @Test
  void aBylineIsNotASentenceOfTheLead() {
    String page = "By Miriam Okafor and Noa Levi\n\nGENEVA, March 2 (Wirewatch) — Delegates gathered in Geneva for a "
        + "conference on water. Officials said the agenda was long. Several speakers raised the drought. "
        + "Poland expelled two Russian diplomats, the foreign ministry said.\n\nThe conference continues.";
    assertThat(underASigning("en", page).topics()).contains("diplomat-expelled");
    String lower = page.replace("Several speakers raised the drought. ", "Several speakers raised the drought. A fifth "
        + "sentence came first. ");
    assertThat(underASigning("en", lower).topics()).doesNotContain("diplomat-expelled");
  }

  @Test
  void aRelativeClauseInThePresentPerfectIsTheSubjectsRecord() {
    assertThat(body("en", "Israel, which has carried out hundreds of air strikes in Syria and deployed troops in a buffer zone, "
        + "lobbied against the decision.").topics()).doesNotContain("military-escalation");
    assertThat(body("en", "The Council renewed the arms embargo on South Sudan last May.").topics())
        .doesNotContain("sanctions-imposed");
  }

  @Test
  void germanFiniteVerbsCountOnlyWithTheirParticle() {
    assertThat(body("de", "Berlin wies am Montag zwei russische Diplomaten aus.").topics()).contains("diplomat-expelled");
    assertThat(body("de", "Die EU hob am Freitag die Sanktionen gegen Syrien auf.").topics()).contains("sanctions-lifted");
    assertThat(body("de", "Belarus ließ am Donnerstag 14 ausländische Gefangene frei.").topics()).contains("detention-release");
    assertThat(body("de", "Deutschland sagte am Dienstag weitere 125 Millionen Euro humanitäre Hilfe zu.").topics())
        .contains("humanitarian-aid");
    assertThat(body("de", "Die Ministerin sagt, die humanitäre Hilfe reiche nicht aus.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("de", "Die beiden Präsidenten kamen am Montag in Genf zusammen.").topics()).contains("summit-meeting");
    assertThat(body("de", "Kairo und Teheran nahmen am Sonntag ihre diplomatischen Beziehungen wieder auf.").topics())
        .contains("relations-restored");
    assertThat(body("en", "Police clashed with protesters outside the U.S. embassy in Nairobi.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Putin is due in Beijing on Friday for talks with Xi.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "North Korea has fired more than 30 ballistic missiles this year.").topics())
        .doesNotContain("missile-launch");
  }

  @Test
  void frenchSpanishAndGermanDemonymsNameTheForeignersReleased() {
    assertThat(body("es", "Venezuela liberó el lunes a cinco colombianos.").topics()).contains("detention-release");
    assertThat(body("es", "Venezuela excarcela a cinco españoles detenidos por motivos políticos.").topics())
        .contains("detention-release");
    assertThat(body("fr", "Le Venezuela a libéré lundi cinq Espagnols.").topics()).contains("detention-release");
    assertThat(body("es", "El Gobierno liberó el lunes el informe anual.").topics()).doesNotContain("detention-release");
  }

  @Test
  void delistingsBlockedAidClosuresAndSchedulesInOtherLanguages() {
    assertThat(body("es", "La UE retira de la lista de sanciones a tres exfuncionarios venezolanos.").topics())
        .contains("sanctions-lifted");
    assertThat(body("fr", "Le Conseil a retiré le président syrien de la liste des sanctions.").topics())
        .contains("sanctions-lifted");
    assertThat(body("es", "Israel impide la entrada en Gaza de 60 camiones de ayuda humanitaria.").topics())
        .contains("humanitarian-aid");
    assertThat(body("es", "Burkina Faso ordena el cierre del consulado de Costa de Marfil en Uagadugú.").topics())
        .contains("relations-downgraded");
    assertThat(body("es", "La cumbre, prevista para el viernes en Lima, fue aplazada sin fecha.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "El Consejo de Seguridad rechazó un borrador sobre los ataques a petroleros rusos.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("es", "Los ataques israelíes del pasado junio alcanzaron las plantas de Fordo y Natanz.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("es", "Boca resistió el bombardeo de Colombia durante media hora antes del cabezazo del uruguayo.").topics())
        .doesNotContain("military-escalation");
  }


  @Test
  void drillsLaunchedMissileStrikesAndOutcomesNegatedAfterTheNoun() {
    assertThat(body("fr", "Pékin lance des manœuvres à tirs réels autour de Taïwan.").topics()).contains("military-escalation");
    assertThat(body("de", "China startet Großmanöver rund um Taiwan.").topics()).contains("military-escalation");
    assertThat(body("fr", "Frappe massive de missiles russes sur Kiev, au moins quatre morts.").topics()).contains("missile-launch");
    assertThat(body("de", "Russland hat in der Nacht einen Raketenangriff auf Charkiw verübt.").topics()).contains("missile-launch");
    assertThat(body("fr", "Haïti noue des relations diplomatiques avec Pékin.").topics()).contains("relations-restored");
    assertThat(body("de", "Eine Waffenruhe wurde nicht vereinbart.").topics()).doesNotContain("ceasefire");
    assertThat(body("de", "Sie war in Teheran zu sechs Jahren Haft verurteilt worden.").topics()).doesNotContain("condemnation");
    assertThat(body("fr", "Les manœuvres annuelles de la marine ont débuté au large de Toulon.").topics())
        .doesNotContain("military-escalation");
  }


  @Test
  void aMeetingDatedAheadOrFollowedByItsScheduleIsAPlanAndCivilSocietyDoesNotCondemn() {
    assertThat(body("es", "La resolución llega a pocos días de que Al Sharaa sea recibido el próximo lunes en la Casa Blanca por "
        + "el presidente Donald Trump, en la primera visita de un jefe de Estado sirio a Washington.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("fr", "La rencontre avec le président Donald Trump à la Maison Blanche, prévue le 4 novembre, devait porter "
        + "sur les surtaxes douanières.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Biden met Xi in Lima on Saturday, and the two will speak again next month.").topics())
        .contains("summit-meeting");
    assertThat(body("fr", "Plusieurs ONG de défense de l'environnement ont dénoncé la relance du projet.").topics())
        .doesNotContain("condemnation");
    assertThat(body("fr", "Le Quai d'Orsay a dénoncé mardi la relance des essais.").topics()).contains("condemnation");
  }


  @Test
  void fullDatesOfEarlierYearsFormerLeadersAndSummitPreparationsAreBackground() {
    assertThat(body("en", "On Sept. 9, 2016, North Korea fired two ballistic missiles into the sea.").topics())
        .doesNotContain("missile-launch");
    assertThat(body("es", "El entonces presidente López Obrador rompió relaciones con Ecuador.").topics())
        .doesNotContain("relations-downgraded");
    assertThat(body("fr", "Siem Reap met la dernière main aux préparatifs du XXe Sommet de la Francophonie.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The launch came a week before leaders gather in Gyeongju for the APEC summit.").topics())
        .doesNotContain("summit-meeting");
  }


  @Test
  void whatAVetoedTextWouldHaveDoneSeizedVesselsAndDesignations() {
    assertThat(body("en", "Russia on Tuesday vetoed a draft Security Council resolution that would have demanded an immediate cessation of hostilities "
        + "in Sudan and the opening of humanitarian corridors into Darfur.").topics())
        .contains("un-veto").doesNotContain("humanitarian-aid", "ceasefire");
    assertThat(body("en", "A draft that would have extended the arms embargo on South Sudan was vetoed by Russia.").topics())
        .contains("sanctions-blocked");
    assertThat(body("en", "Iran's Revolutionary Guards seized a Marshall Islands-flagged tanker in the Gulf of Oman on Thursday.")
        .topics()).contains("military-escalation");
    assertThat(body("en", "Somali pirates seized a cargo ship off the coast of Puntland.").topics()).doesNotContain("military-escalation");
    assertThat(body("en", "The U.S. Treasury on Friday designated six North Korean individuals.").topics()).contains("sanctions-imposed");
    assertThat(body("en", "Iran bars IAEA inspectors from bombed sites, Grossi tells board.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("fr", "L'Égypte se retire des négociations sur le Grand barrage de la Renaissance.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Earlier rounds of ceasefire talks in Jeddah and Geneva collapsed without result.").topics())
        .doesNotContain("negotiations");
  }


  @Test
  void snapbacksReimposedSanctionsInspectionsAndVisitsEnded() {
    assertThat(body("en", "France, Britain and Germany triggered the snapback mechanism of the nuclear deal on Thursday.").topics())
        .contains("nuclear");
    assertThat(body("en", "Britain threatened to trigger the snapback of UN sanctions.").topics()).doesNotContain("nuclear");
    assertThat(body("es", "La ONU restablece las sanciones contra Irán.").topics()).contains("sanctions-imposed");
    assertThat(body("fr", "L'AIEA est toujours privée d'accès aux sites nucléaires iraniens, a déclaré dimanche M. Grossi.").topics())
        .contains("nuclear");
    assertThat(body("es", "China sanciona a diez empresas de defensa de Estados Unidos.").topics()).contains("sanctions-imposed");
    assertThat(body("en", "The accord was signed at the end of Sheinbaum's first official visit to Canada.").topics())
        .contains("summit-meeting");
  }


  @Test
  void deadlinesToLeaveCrewsHandedOverEasingsAndShatteredTruces() {
    assertThat(body("en", "Burkina Faso gave the Ivorian diplomats 48 hours to leave the country.").topics())
        .contains("diplomat-expelled");
    assertThat(body("en", "The ministry had given the envoy 72 hours to leave over his remarks.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("en", "Yemen's Houthis handed over the crew of the sunk bulk carrier to Oman on Monday.").topics())
        .contains("detention-release");
    assertThat(body("es", "EE.UU. flexibiliza las sanciones petroleras contra Venezuela.").topics()).contains("sanctions-lifted");
    assertThat(body("fr", "La trêve entre la Thaïlande et le Cambodge vole en éclats.").topics()).contains("ceasefire");
  }


  @Test
  void signingsAnnouncedAheadOrWithAnAgencyAreNotAgreementsBetweenStates() {
    assertThat(body("es", "La firma del acuerdo comercial entre la Unión Europea y el Mercosur, prevista para este sábado en Foz de "
        + "Iguazú, quedó aplazada hasta enero.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "Iran and the International Atomic Energy Agency signed an agreement in Cairo on Tuesday.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "Armenia and Azerbaijan signed a peace agreement in Washington on Friday.").topics())
        .contains("agreement-signed");
    assertThat(body("fr", "Lula annule sa visite à Washington.").topics()).doesNotContain("summit-meeting");
  }


  @Test
  void germanCompoundsAreReadByTheirHeadUnlessARuleNamesTheCompound() {
    assertThat(body("de", "Washington lockert Ölsanktionen gegen Venezuela.").topics()).contains("sanctions-lifted");
    assertThat(body("de", "Armenien und Aserbaidschan unterzeichnen Friedensvertrag.").topics()).contains("agreement-signed");
    assertThat(body("de", "Deutschland sagt Erdbebenopfern in Afghanistan Millionenhilfe zu.").topics())
        .contains("humanitarian-aid");
    assertThat(body("de", "Deutschland sagt der Ukraine weitere Militärhilfe zu.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("de", "Israel stoppt Dutzende Hilfslaster an den Grenzübergängen.").topics()).contains("humanitarian-aid");
    assertThat(body("de", "Thailand und Kambodscha verlängern Waffenruhe.").topics()).contains("ceasefire");
    assertThat(body("de", "Bei einem Messerangriff in Berlin wurden zwei Menschen verletzt.").topics())
        .doesNotContain("military-escalation");    assertThat(body("de", "Gericht verurteilt Ex-Mitarbeiter wegen Spionage für China.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Die Bundesregierung verurteilte den Angriff scharf.").topics()).contains("condemnation");
    assertThat(body("de", "Die Gespräche in Doha gerieten ins Stocken.").topics()).contains("negotiations");
  }


  @Test
  void womenLeadersMinistersActingAtTheirMeetingAndTripsStillAhead() {
    assertThat(body("es", "El presidente del Gobierno español, Pedro Sánchez, y la presidenta de México, Claudia Sheinbaum, se "
        + "reunieron este martes en el Palacio Nacional.").topics()).contains("summit-meeting");
    assertThat(body("de", "Die Außenminister der 27 Mitgliedstaaten billigten das Paket am Montagabend bei ihrem Treffen in Brüssel.")
        .topics()).contains("summit-meeting");
    assertThat(body("fr", "Le chancelier allemand se rendra en Chine du 12 au 14 novembre pour sa première visite officielle.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Ob Wadephul auch von Staatschef Xi Jinping empfangen werde, sei noch offen.").topics())
        .doesNotContain("summit-meeting");
  }


  @Test
  void theAssemblySpeaksByResolutionASpeakerBeforeItDoesNot() {
    assertThat(body("en", "The UN General Assembly on Tuesday demanded the return of Ukrainian children.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("de", "Die UN-Vollversammlung verlangt die Rückkehr verschleppter ukrainischer Kinder.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("fr", "Le président syrien doit s'exprimer à la tribune de l'Assemblée générale de l'ONU et a réclamé la levée "
        + "des sanctions.").topics()).doesNotContain("un-resolution-adopted");
    assertThat(body("en", "Ukraine called on the General Assembly to demand the return of the children.").topics())
        .doesNotContain("un-resolution-adopted");
  }


  @Test
  void leadersSigningTogetherHaveMetDefenceMinistersAndPlannedSigningsHaveNot() {
    assertThat(body("en", "The foreign ministers of the Democratic Republic of the Congo and Rwanda signed a peace agreement in "
        + "Washington on Friday.").topics()).contains("summit-meeting", "agreement-signed");
    assertThat(body("de", "Die Außenminister beider Länder unterzeichneten am Dienstag in Abu Dhabi ein Protokoll.").topics())
        .contains("summit-meeting", "agreement-signed");
    assertThat(body("es", "Los ministros de Defensa de Tailandia y Camboya firmaron este sábado una declaración conjunta.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The two presidents will sign a joint declaration in Ankara on Friday.").topics())
        .doesNotContain("summit-meeting", "agreement-signed");
  }


  @Test
  void talksOnANamedMatterAreNegotiationsTalksAloneAMeeting() {
    assertThat(body("en", "Armenian and Azerbaijani foreign ministers held talks on the transit corridor in Tbilisi on Monday.")
        .topics()).contains("negotiations");
    assertThat(body("en", "The two leaders held talks in Tbilisi on Monday.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "The two sides are expected to hold talks on the border next month.").topics())
        .doesNotContain("negotiations");
  }


  @Test
  void fightingDespiteATruceViolatesItCallsForATruceDoNot() {
    assertThat(body("de", "Israel bombardiert Ziele im Südlibanon trotz Waffenruhe.").topics()).contains("ceasefire");
    assertThat(body("de", "Beirut spricht von einem Bruch der Waffenruhe.").topics()).contains("ceasefire");
    assertThat(body("es", "Israel bombardea el sur del Líbano pese a la tregua.").topics()).contains("ceasefire");
    assertThat(body("en", "Israeli jets struck southern Lebanon on Tuesday despite the ceasefire.").topics()).contains("ceasefire");
    assertThat(body("en", "Israeli jets struck southern Lebanon on Tuesday despite calls for a ceasefire.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("de", "Einen Durchbruch in Richtung Waffenruhe gab es jedoch nicht.").topics()).doesNotContain("ceasefire");
  }


  @Test
  void reliefGoodsByNameNegotiatorsMeetingAndRoundsInGerman() {
    assertThat(body("en", "Japan sent a planeload of tents and blankets to quake-hit Myanmar on Tuesday.").topics())
        .contains("humanitarian-aid");
    assertThat(body("en", "Britain pledged 20 million pounds to the UN appeal for Sudan on Thursday.").topics())
        .contains("humanitarian-aid");
    assertThat(body("de", "Ein Flugzeug mit Hilfsgütern landete am Dienstag in Port Sudan.").topics()).contains("humanitarian-aid");
    assertThat(body("en", "Russia sent an appeal to the court on Monday.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("en", "The Serbian and Kosovo chief negotiators met in Brussels on Thursday.").topics())
        .contains("negotiations");
    assertThat(body("de", "Die Unterhändler beider Seiten kamen am Montag in Genf zu einer neuen Verhandlungsrunde zusammen.")
        .topics()).contains("negotiations");
    assertThat(body("es", "El Gobierno colombiano y el ELN reanudaron este lunes los diálogos de paz en Caracas.").topics())
        .contains("negotiations");
    assertThat(body("en", "Talks between Sudan's army and the RSF collapsed in Jeddah on Tuesday.").topics())
        .contains("negotiations");
    assertThat(body("en", "Negotiators will meet again next week in Geneva.").topics()).doesNotContain("negotiations");
  }


  @Test
  void bombardmentsAdvancesAndShowsOfForceNotPoundsSterling() {
    assertThat(body("en", "Russian forces pounded Kharkiv with glide bombs overnight.").topics()).contains("military-escalation");
    assertThat(body("en", "Israeli troops pushed deeper into southern Gaza on Tuesday.").topics()).contains("military-escalation");
    assertThat(body("en", "China sent 30 warplanes toward Taiwan on Wednesday in a show of force.").topics())
        .contains("military-escalation");
    assertThat(body("es", "Rusia lanzó un ataque masivo con drones contra Kiev durante la madrugada.").topics())
        .contains("military-escalation");
    assertThat(body("de", "Israelische Kampfjets bombardierten am Dienstag Ziele im Jemen.").topics()).contains("military-escalation");
    assertThat(body("en", "Britain on Tuesday announced an additional 20 million pounds in emergency food aid for Sudan.").topics())
        .doesNotContain("military-escalation");
  }


  @Test
  void offersToHostCompanyNegotiationsAndEarlierSeasonsAreNotNews() {
    assertThat(body("fr", "Le Togo s'est dit disposé mardi à accueillir une rencontre entre les présidents congolais et "
        + "rwandais.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Trump warned that Russia would face sanctions if Putin does not agree within two weeks to a "
        + "meeting with Zelenskiy.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Boeing is still negotiating with the carrier over a separate order for narrowbody jets.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "In the spring of 2024, he mediated five rounds of indirect talks between Washington and Tehran.")
        .topics()).doesNotContain("negotiations");
    assertThat(body("en", "Iran and the United States held a fifth round of indirect talks in Muscat on Sunday.").topics())
        .contains("negotiations");
  }


  @Test
  void delistingsReimpositionsClashesAndEnrichmentInFrenchSpanishAndGerman() {
    assertThat(body("de", "Die USA haben die syrische Zentralbank von ihrer Sanktionsliste gestrichen.").topics())
        .contains("sanctions-lifted");
    assertThat(body("es", "Washington retira las sanciones a la empresa estatal Belaruskali.").topics()).contains("sanctions-lifted");
    assertThat(body("es", "Las sanciones de la ONU contra Irán vuelven a entrar en vigor.").topics()).contains("sanctions-imposed");
    assertThat(body("es", "Se registraron nuevos combates en la frontera entre Tailandia y Camboya este martes.").topics())
        .contains("military-escalation");
    assertThat(body("es", "El Gobierno suspendió el diálogo con la guerrilla del ELN tras los combates en el Catatumbo.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("de", "Die Bundesregierung hat ein sofortiges Ende der Gefechte in Darfur gefordert.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("de", "Iran reichert wieder Uran an, teilte die IAEA am Montag mit.").topics()).contains("nuclear");
    assertThat(body("de", "Tschechien erwägt die Ausweisung weiterer russischer Diplomaten.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("de", "Der russische Botschafter wurde am Vormittag ins Auswärtige Amt einbestellt.").topics())
        .contains("condemnation");
  }


  @Test
  void aSignedTruceAccordIsATruceWhatAnAccordProvidesForIsNotDoneYet() {
    assertThat(body("de", "Kongo und M23 unterzeichnen in Doha Waffenstillstandsabkommen.").topics()).contains("ceasefire");
    assertThat(body("de", "Das Abkommen sieht zudem einen Gefangenenaustausch vor.").topics()).doesNotContain("detention-release");
    assertThat(body("es", "El documento prevé además un intercambio de prisioneros en un plazo de tres semanas.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "The deal provides for the release of 50 hostages.").topics()).doesNotContain("detention-release");
    assertThat(body("de", "Iran hat am Montag zwei Deutsche freigelassen.").topics()).contains("detention-release");
  }


  @Test
  void ambassadorsByTheirFrenchSpanishAndGermanTitleAndDowngradesBelowTheEmbassy() {
    assertThat(body("fr", "Le Mali a expulsé l'ambassadeur de France mardi.").topics()).contains("diplomat-expelled");
    assertThat(body("es", "Nicaragua expulsó al embajador de Brasil.").topics()).contains("diplomat-expelled");
    assertThat(body("fr", "Paris a convoqué l'ambassadeur russe après l'expulsion de deux journalistes.").topics())
        .contains("condemnation").doesNotContain("diplomat-expelled");
    assertThat(body("es", "La junta militar de Malí revocó este miércoles la orden de expulsión contra el encargado de negocios "
        + "de Ghana.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("de", "Somalia schließt zwei äthiopische Konsulate.").topics()).contains("relations-downgraded");
    assertThat(body("de", "Die Beziehungen wurden auf die Ebene der Geschäftsträger herabgestuft.").topics())
        .contains("relations-downgraded");
    assertThat(body("fr", "Ouagadougou a suspendu la coopération diplomatique avec Abidjan.").topics())
        .contains("relations-downgraded");
    assertThat(body("fr", "L'Iran a annoncé avoir commencé à enrichir de l'uranium à 60 % sur un nouveau site.").topics())
        .contains("nuclear");
  }


  @Test
  void heldSinceDatesTheCaptivityAnonymousVoicesAndDemandsAreNotActs() {
    assertThat(body("en", "Iran freed two French nationals held since 2022 on Tuesday.").topics()).contains("detention-release");
    assertThat(body("es", "Irán liberó a dos ciudadanos franceses detenidos desde 2022.").topics()).contains("detention-release");
    assertThat(body("en", "Russia and Ukraine agree 1,000-for-1,000 prisoner swap in first direct talks since 2022.").topics())
        .doesNotContain("detention-release");
    assertThat(body("fr", "« Pékin et Moscou protègent Pyongyang », a déploré un diplomate occidental sous couvert d'anonymat.")
        .topics()).doesNotContain("condemnation");
    assertThat(body("fr", "Juba réclamait la levée de l'embargo.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("fr", "L'accord a été signé à Djeddah par le directeur général de la compagnie.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("fr", "Un convoi humanitaire de l'ONU a été bloqué mardi à la frontière tchadienne.").topics())
        .contains("humanitarian-aid");
  }


  @Test
  void ministersNamedAtLengthBeforeTheyMetStillMet() {
    assertThat(body("es", "Los ministros de Asuntos Exteriores de Armenia, Ararat Mirzoyan, y de Azerbaiyán, Jeyhun Bayramov, se "
        + "reunieron este martes en Abu Dabi.").topics()).contains("summit-meeting");
    assertThat(body("fr", "Réunis à Bruxelles, les ministres des Affaires étrangères de l'UE n'ont pu que constater le blocage.")
        .topics()).contains("summit-meeting");
    assertThat(body("de", "Die Außenministerinnen und Außenminister der Europäischen Union sind am Montag in Brüssel zu ihrem "
        + "monatlichen Treffen zusammengekommen.").topics()).contains("summit-meeting");
    assertThat(body("en", "Defence ministers of NATO member states met in Brussels on Thursday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The foreign ministers will meet again next month in Brussels.").topics()).doesNotContain("summit-meeting");
  }


  @Test
  void aSummitsJointDeclarationAdoptedAndASignedTruceAccordAreAgreements() {
    assertThat(body("es", "La cumbre UE-CELAC de Santa Marta se cierra con una declaración conjunta.").topics())
        .contains("agreement-signed");
    assertThat(body("de", "Die Staats- und Regierungschefs verabschiedeten eine gemeinsame Erklärung.").topics())
        .contains("agreement-signed");
    assertThat(body("en", "Ministers failed to adopt a joint statement.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "Britain, France and Germany issued a joint statement on Wednesday condemning the launch.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Kongo und M23 unterzeichnen in Doha Waffenstillstandsabkommen.").topics())
        .contains("ceasefire", "agreement-signed");
    assertThat(body("en", "Israel and Hamas agreed a ceasefire on Wednesday.").topics()).contains("ceasefire")
        .doesNotContain("agreement-signed");
  }


  @Test
  void talksNamedAsTheOccasionOfAnAccordAndRoundsHeldInGerman() {
    assertThat(body("en", "The truce was agreed on Monday at talks in Putrajaya hosted by Malaysia.").topics())
        .contains("negotiations");
    assertThat(body("de", "Russland und die Ukraine haben in Istanbul eine weitere Runde direkter Gespräche abgehalten.").topics())
        .contains("negotiations");
    assertThat(body("de", "Eine neue Gesprächsrunde zwischen dem Iran und den Europäern ist ohne Ergebnis zu Ende gegangen.")
        .topics()).contains("negotiations");
    assertThat(body("en", "The defence ministers discussed missile co-production at talks in Tokyo on Tuesday.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "A new round of talks in Geneva is scheduled for next month.").topics()).doesNotContain("negotiations");
  }


  @Test
  void reportedSpeechIsNewsLaterRoundsAndModalsAreNotAndADayIsNoTarget() {
    assertThat(body("en", "The foreign ministry said it had also summoned Russia's charge d'affaires to protest.").topics())
        .contains("condemnation");
    assertThat(body("es", "La cancillería dijo que había convocado al embajador de Israel.").topics()).contains("condemnation");
    assertThat(body("en", "The ministry had summoned the ambassador over the same issue.").topics()).doesNotContain("condemnation");
    assertThat(body("en", "Prisoner exchanges were left for a later round, a Congolese official said.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Baku says the constitution must change before the treaty can be signed.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "The two missiles were fired on Monday morning from near Pyongyang.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Thai troops fired on Cambodian positions on Monday.").topics()).contains("military-escalation");
  }


  @Test
  void wordsOfTheTopicsInTheirEverydaySensesAreNoEvents() {
    assertThat(body("en", "The French prime minister met with farmers in Brittany on Monday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "Modi met Japanese business leaders in Tokyo on Friday.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Japan's ruling party leader met the opposition leader on Tuesday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "An investment summit was held in Riyadh on Tuesday.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Xi Jinping met Vietnamese President Luong Cuong in Beijing on Monday.").topics())
        .contains("summit-meeting");
    assertThat(body("en", "The Chinese film was released in Japanese cinemas on Friday.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Rescuers freed three miners trapped in a Chilean mine on Sunday.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Iran released a French tourist on Monday.").topics()).contains("detention-release");
    assertThat(body("en", "Japan's H3 rocket launched a weather satellite on Sunday.").topics()).doesNotContain("missile-launch");
    assertThat(body("en", "North Korea launched a satellite on a rocket on Tuesday.").topics()).contains("missile-launch");
    assertThat(body("en", "The government approved 2 billion euros in aid to German farmers on Tuesday.").topics())
        .doesNotContain("humanitarian-aid");
    assertThat(body("en", "Amazon and the Teamsters resumed talks on Monday.").topics()).doesNotContain("negotiations");
    assertThat(body("de", "Die Tarifgespräche endeten am Montag ohne Ergebnis.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "EU-brokered Kosovo-Serbia talks between the European Union's partners resumed on Tuesday.").topics())
        .contains("negotiations");
  }

  @Test
  void germanSanctionsWithBelegenOrTheParticipleLastAndTalksThatEnded() {
    assertThat(body("de", "Washington belegte am Dienstag drei chinesische Firmen mit Sanktionen.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Die Vereinigten Staaten haben die Strafmaßnahmen gegen Syrien am Freitag aufgehoben.").topics())
        .contains("sanctions-lifted");
    assertThat(body("de", "Die Sanktionen bleiben in Kraft, bis sie aufgehoben werden.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("es", "Las sanciones, suspendidas desde 2015, volvieron a aplicarse el domingo.").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(body("de", "Die Gespräche zwischen Kiew und Moskau in Istanbul endeten am Mittwoch ohne Ergebnis.").topics())
        .contains("negotiations");
    assertThat(body("es", "Las conversaciones terminaron el martes sin acuerdo en Ginebra.").topics()).contains("negotiations");
  }

  @Test
  void theMorningIsNotTomorrowAndThisMorningDatesALaterSentence() {
    assertThat(body("es", "Rusia lanzó un misil balístico contra Kiev esta mañana.").topics()).contains("missile-launch");
    assertThat(body("es", "El presidente se reunió con su homólogo francés el lunes por la mañana.").topics())
        .contains("summit-meeting");
    assertThat(body("de", "Nordkorea feuerte am Morgen eine ballistische Rakete ab.").topics()).contains("missile-launch");
    assertThat(body("es", "Sánchez y Macron se reúnen mañana en París.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Merz und Macron treffen sich morgen in Paris.").topics()).doesNotContain("summit-meeting");
    String lead = "Markets in Seoul were calm. Traders watched the won. Exporters reported steady orders. "
        + "The central bank kept its rate. ";
    assertThat(underASigning("en", lead + "North Korea fired a ballistic missile this morning, Japan's coast guard said.")
        .topics()).contains("missile-launch");
    assertThat(underASigning("en", lead + "North Korea fired a ballistic missile, Japan's coast guard said.").topics())
        .doesNotContain("missile-launch");
  }

  @Test
  void anAssemblyThatDemandsAnEmbargosEndAdoptedAResolutionAndLiftedNothing() {
    assertThat(body("en", "The General Assembly adopted a resolution demanding an end to the embargo on Cuba.").topics())
        .contains("un-resolution-adopted").doesNotContain("sanctions-lifted", "sanctions-imposed");
    assertThat(body("es", "La Asamblea General aprobó una resolución que exige el fin del embargo.").topics())
        .contains("un-resolution-adopted").doesNotContain("sanctions-imposed");
    assertThat(body("de", "Die UN-Vollversammlung verabschiedete am Mittwoch eine Resolution, die ein Ende des Embargos gegen "
        + "Kuba fordert.").topics()).contains("un-resolution-adopted");
    assertThat(body("de", "Der UN-Menschenrechtsrat nahm am Freitag eine Resolution zu Afghanistan an.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("en", "Washington ended sanctions on Syria on Monday.").topics()).contains("sanctions-lifted");
  }

  @Test
  void aStateStrikingAnArmedGroupEscalatesPoliceAndCriticsAreNoStates() {
    assertThat(body("en", "The Israeli military said it struck Hezbollah targets in southern Lebanon on Monday.").topics())
        .contains("military-escalation");
    assertThat(body("en", "Kenyan police fired tear gas at protesters in Nairobi on Tuesday.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("fr", "La police a tiré des gaz lacrymogènes sur les manifestants à Tbilissi.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "The opposition party condemned the government's handling of the crisis.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "Critics said the minister's remarks were irresponsible.").topics()).doesNotContain("condemnation");
    assertThat(body("en", "China's foreign ministry called the move unacceptable.").topics()).contains("condemnation");
  }

  @Test
  void germanVerbsLastAndOtherGermanFormsOfEightTopics() {
    assertThat(body("de", "Die USA und China haben sich in Genf auf ein Handelsabkommen geeinigt.").topics())
        .contains("agreement-signed");
    assertThat(body("de", "Siemens und Alstom haben sich auf eine Fusion geeinigt.").topics()).doesNotContain("agreement-signed");
    assertThat(body("de", "Israel und die Hamas einigten sich auf eine Waffenruhe.").topics()).contains("ceasefire");
    assertThat(body("de", "Der Kreml hat die Verhandlungen mit Kiew ausgesetzt.").topics()).contains("negotiations");
    assertThat(body("de", "Der französische Präsident ist zu einem Staatsbesuch in Marokko eingetroffen.").topics())
        .contains("summit-meeting");
    assertThat(body("de", "Bundeskanzler Merz reiste am Dienstag nach Kiew.").topics()).contains("summit-meeting");
    assertThat(body("de", "Merz reist kommende Woche nach Washington.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Die Türkei hat ihre Botschaft in Damaskus wiedereröffnet.").topics()).contains("relations-restored");
    assertThat(body("de", "Die Botschaft soll nächstes Jahr wiedereröffnet werden.").topics()).doesNotContain("relations-restored");
    assertThat(body("de", "Die Ukraine erhielt am Mittwoch die ersten Hilfslieferungen aus Polen.").topics())
        .contains("humanitarian-aid");
    assertThat(body("de", "Israel verweigerte den Hilfskonvois die Einfahrt in den Gazastreifen.").topics())
        .contains("humanitarian-aid");
    assertThat(body("de", "Die in Iran inhaftierte Französin ist wieder frei.").topics()).contains("detention-release");
    assertThat(body("de", "Der Iran hat die Zusammenarbeit mit der IAEA ausgesetzt.").topics()).contains("nuclear");
    assertThat(body("de", "Moskau erklärte zwei deutsche Diplomaten zu unerwünschten Personen.").topics())
        .contains("diplomat-expelled");
  }

  @Test
  void germanNominalHeadlinesAndPresentTenses() {
    assertThat(headline("Freilassung des deutschen Journalisten in Moskau", "de").topics()).contains("detention-release");
    assertThat(body("de", "Berlin fordert die Freilassung des deutschen Journalisten.").topics())
        .doesNotContain("detention-release");
    assertThat(body("es", "El Ejército Popular de Liberación chino inició este lunes unas maniobras.").topics())
        .doesNotContain("detention-release");
    assertThat(headline("Neue EU-Sanktionen gegen Russland in Kraft", "de").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Die Sanktionen gegen Russland bleiben in Kraft.").topics()).doesNotContain("sanctions-imposed");
    assertThat(headline("Wiederaufnahme der Atomgespräche mit dem Iran in Oman", "de").topics()).contains("negotiations");
    assertThat(headline("Waffenruhe zwischen Thailand und Kambodscha hält", "de").topics()).contains("ceasefire");
    assertThat(headline("Nordkorea feuert erneut ballistische Rakete ab", "de").topics()).contains("missile-launch");
    assertThat(headline("Iran bestellt deutschen Botschafter ein", "de").topics()).contains("condemnation");
    assertThat(body("es", "Washington vetó un proyecto que reclamaba la liberación de todos los rehenes.").topics())
        .doesNotContain("detention-release");
  }

  @Test
  void delegationsTalksOnAMatterAidByNameAndLicencesThatLiftSanctions() {
    assertThat(body("en", "Delegations from Sudan's army and the RSF sat down in Jeddah on Saturday.").topics())
        .contains("negotiations");
    assertThat(body("en", "Ethiopia and Egypt held talks on the dam on Monday.").topics()).contains("negotiations");
    assertThat(body("en", "Kyiv and Moscow exchanged proposals at the talks in Istanbul on Friday.").topics())
        .contains("negotiations");
    assertThat(body("en", "The negotiations stalled on Monday over the sequencing of sanctions relief.").topics())
        .contains("negotiations").doesNotContain("sanctions-blocked");
    assertThat(body("en", "Saudi Arabia pledged 500 million dollars to Yemen's humanitarian response on Tuesday.").topics())
        .contains("humanitarian-aid");
    assertThat(body("en", "An Emirati plane carrying 100 tonnes of medical supplies landed in Port Sudan on Monday.").topics())
        .contains("humanitarian-aid");
    assertThat(body("en", "The U.S. Treasury issued a general licence on Monday allowing transactions with Syria's central bank.")
        .topics()).contains("sanctions-lifted");
    assertThat(body("en", "Trump signed an executive order on Monday revoking sanctions on Syria.").topics())
        .contains("sanctions-lifted");
  }

  @Test
  void aLeaderMeetingAnEnvoyOrReceivingCredentialsHoldsNoSummit() {
    assertThat(body("en", "Putin met Trump's envoy Steve Witkoff in the Kremlin on Thursday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "President Tinubu received the credentials of six new ambassadors on Monday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The foreign minister met the UN secretary-general in New York on Monday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "Rubio met his Chinese counterpart Wang Yi in Kuala Lumpur on Friday.").topics())
        .contains("summit-meeting");
  }

  @Test
  void allegedImpendingIntendedOrFutureActsCompanyTalksAndExchangedFireAreNoEvents() {
    assertThat(body("de", "Moskau wies einen Bericht über einen angeblich bevorstehenden Gefangenenaustausch zurück.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Budapest denied a report that it intended to veto the next package of sanctions.").topics())
        .doesNotContain("sanctions-blocked");
    assertThat(body("es", "Los Reyes mantendrán un encuentro con el primer ministro japonés.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Indien hat ein geplantes Treffen seines Außenministers mit dem pakistanischen Amtskollegen abgesagt.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "The president convened an emergency meeting of his national security council on Monday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The carmaker said it was in talks with two Indian lenders.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "The airline said its compensation talks with Boeing had stalled on Monday.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Thai and Cambodian troops exchanged artillery and rocket fire on Sunday.").topics())
        .doesNotContain("detention-release", "missile-launch");
    assertThat(body("fr", "Des soldats des deux pays ont échangé des tirs d'artillerie lundi.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Its French release on 240 screens is unusually wide.").topics()).doesNotContain("detention-release");
    assertThat(body("en", "Egypt and Iran agreed on Wednesday to restore ties, ending a rupture of more than four decades.")
        .topics()).contains("relations-restored").doesNotContain("relations-downgraded");
  }

  @Test
  void aLaterYearIsATermNotBackgroundAndCouncilsRenewInEveryLanguage() {
    assertThat(body("fr", "Le Conseil de sécurité a adopté une résolution prorogeant jusqu'en octobre 2027 le régime.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("fr", "L'UE a imposé des sanctions en octobre 2024 contre l'Iran.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("fr", "Le Conseil de sécurité reconduit d'un an l'embargo sur les armes visant Haïti.").topics())
        .contains("un-resolution-adopted", "sanctions-imposed");
    assertThat(body("de", "Der UN-Menschenrechtsrat richtete am Freitag einen Ermittlungsmechanismus zu Afghanistan ein.")
        .topics()).contains("un-resolution-adopted");
  }

  @Test
  void germanMeetingsAidListingsAndReturnedAmbassadorsAndRefusedInspectors() {
    assertThat(body("de", "Außenminister Wadephul ist am Dienstag in Warschau mit seinem polnischen Amtskollegen Sikorski "
        + "zusammengetroffen.").topics()).contains("summit-meeting");
    assertThat(body("de", "Nach dem Erdbeben hat die Türkei drei Frachtflugzeuge mit Hilfsgütern in das Katastrophengebiet "
        + "geschickt.").topics()).contains("humanitarian-aid");
    assertThat(body("de", "Deutschland hat der Ukraine Panzer und Munition geliefert.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("de", "Zugleich setzte Ottawa fünf Männer neu auf die Sanktionsliste.").topics()).contains("sanctions-imposed")
        .doesNotContain("sanctions-lifted");
    assertThat(body("en", "The two governments agreed to send their ambassadors back to each other's capitals.").topics())
        .contains("relations-restored");
    assertThat(body("fr", "L'Iran a refusé lundi l'accès d'inspecteurs de l'AIEA au site de Fordo.").topics())
        .contains("nuclear");
  }

  @Test
  void aBackgroundCueBeyondTheDayOfTheEventDatesSomethingElse() {
    assertThat(body("en", "Russia and Ukraine resumed talks in Istanbul on Monday for the first time since 2022.").topics())
        .contains("negotiations");
    assertThat(body("en", "Egypt and Iran restored ties on Monday, severed since 1980.").topics()).contains("relations-restored");
    assertThat(body("es", "La Asamblea General aprobó el jueves una resolución que insta a Estados Unidos a poner fin al embargo "
        + "que mantiene contra Cuba desde 1962.").topics()).contains("un-resolution-adopted");
    assertThat(body("en", "The EU imposed sanctions on Iran in 2019.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "On Tuesday the EU marked the anniversary of sanctions imposed in 2019.").topics())
        .doesNotContain("sanctions-imposed");
  }

  @Test
  void councilsOfMinistersAidThatArrivesFirstTalksThatWentToAnEndAndSportsDiscipline() {
    assertThat(body("es", "La decisión se adoptó durante la reunión del Consejo de Asuntos Exteriores en Luxemburgo.").topics())
        .contains("summit-meeting");
    assertThat(body("en", "Ahead of the Foreign Affairs Council next week, diplomats said.").topics())
        .doesNotContain("summit-meeting");
    assertThat(headline("Llega ayuda mexicana a Cuba tras el huracán", "es").topics()).contains("humanitarian-aid");
    assertThat(body("es", "Llega el invierno a Madrid.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("de", "Damit gingen dreiwöchige Verhandlungen in Doha zu Ende.").topics()).contains("negotiations");
    assertThat(body("en", "Germany pledged on Wednesday an additional 170 million euros in winter humanitarian aid for Ukraine.")
        .topics()).contains("humanitarian-aid");
    assertThat(body("en", "UEFA's disciplinary body imposed a further one-match sanction, suspended for a probationary period.")
        .topics()).doesNotContain("sanctions-lifted", "sanctions-imposed");
  }

  @Test
  void expiredTrucesShelvedSummitsJudgedLiftingsAndOtherNonEvents() {
    assertThat(body("en", "Israel halted aid on Sunday after the first phase of the truce expired without agreement on extending "
        + "it.").topics()).doesNotContain("ceasefire");
    assertThat(body("en", "A rights group in Toronto said the ministry's denials were irresponsible.").topics())
        .doesNotContain("condemnation");
    assertThat(body("fr", "Le ministre éthiopien a déploré une décision hâtive.").topics()).doesNotContain("condemnation");
    assertThat(body("fr", "Le ministre ukrainien a qualifié le veto de honteux lundi.").topics()).contains("condemnation");
    assertThat(body("es", "La cancillería calificó de vergonzoso el veto ruso.").topics()).contains("condemnation");
    assertThat(body("es", "Las existencias se estimaban en 400 kilos antes de los bombardeos israelíes.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "The ministry said on Wednesday, despite a series of missile launches by Pyongyang this year, that it "
        + "would wait.").topics()).doesNotContain("missile-launch");
    assertThat(headline("U.S. blacklists two oil firms as Trump shelves summit with Putin").topics())
        .doesNotContain("sanctions-blocked");
    assertThat(body("en", "\"Lifting the embargo now would have been an act of abdication.\"").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(body("en", "The foreign minister, who met the freed prisoners at the border crossing, said they were tired.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void leadersWhoWelcomeOrShakeHandsMetAndLeadersWhoClashInWordsFightNoOne() {
    assertThat(body("en", "Macron welcomed Lula to the Elysee on Monday.").topics()).contains("summit-meeting");
    assertThat(body("en", "The two presidents shook hands in Geneva on Monday before closed-door talks.").topics())
        .contains("summit-meeting");
    assertThat(body("es", "El canciller argentino fue recibido el lunes por su par chileno.").topics()).contains("summit-meeting");
    assertThat(body("en", "The Cypriot president welcomed the appointment on Monday.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Trump and Zelensky clashed in the Oval Office on Friday.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Thai and Cambodian troops clashed on Monday.").topics()).contains("military-escalation");
  }

  @Test
  void dealsOfCompaniesAndClubsAndMeetingsWithAnIndustryAreNotDiplomacy() {
    assertThat(body("fr", "Le constructeur Renault a signé un accord avec Geely pour produire des moteurs en Chine.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("es", "El Real Madrid firmó un acuerdo de patrocinio con una empresa saudí.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "Kinshasa and Brazzaville signed a deal on Monday to build a road-rail bridge.").topics())
        .contains("agreement-signed");
    assertThat(body("de", "Die Kanzlerin traf sich am Montag mit Vertretern der Autoindustrie.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void inspectorsTurnedAwayPowerPlantsStruckAndTreatyLimitsDropped() {
    assertThat(body("de", "Iran hat Inspekteuren der IAEA erneut den Zutritt zu seiner Anlage Fordo verwehrt.").topics())
        .contains("nuclear");
    assertThat(body("en", "Iranian authorities on Tuesday refused to let a team of IAEA inspectors enter the Isfahan complex.")
        .topics()).contains("nuclear");
    assertThat(body("en", "A drone struck the roof of the training centre at the Zaporizhzhia nuclear power plant on Tuesday.")
        .topics()).contains("nuclear");
    assertThat(body("en", "Russia will no longer observe the warhead limits of the expired New START treaty, the Kremlin said on "
        + "Friday.").topics()).contains("nuclear");
    assertThat(body("en", "IAEA inspectors said on Monday that Iran had limited production.").topics()).doesNotContain("nuclear");
  }

  @Test
  void germanNegationAfterTheVerbConvictionsNamesSupposedAttacksAndWithdrawnOrders() {
    assertThat(body("de", "Eine Einigung über die eingefrorenen Vermögen erzielten die Minister nicht.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Russland legte am Montag kein Veto gegen die Resolution im UN-Sicherheitsrat ein.").topics())
        .doesNotContain("un-veto");
    assertThat(body("de", "Mehrere Regisseure wurden zu Haftstrafen verurteilt.").topics()).doesNotContain("condemnation");
    assertThat(body("es", "Es la primera condena en España por eludir las sanciones europeas.").topics())
        .doesNotContain("condemnation");
    assertThat(body("es", "La cancillería condenó el ataque contra la embajada.").topics()).contains("condemnation");
    assertThat(body("en", "Negotiators for the government and the National Liberation Army sat down in Havana on Tuesday.")
        .topics()).doesNotContain("detention-release");
    assertThat(body("en", "The army reserves the right to respond to any attack on troops.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Gabon on Tuesday withdrew an order expelling Equatorial Guinea's ambassador.").topics())
        .doesNotContain("diplomat-expelled", "relations-downgraded");
    assertThat(body("en", "Niger halted crude shipments through the pipeline on Monday.").topics())
        .doesNotContain("humanitarian-aid");
  }

  @Test
  void launchesAsNounsAndParticiplesAidTurnedBackActionPlansAndImportBans() {
    assertThat(body("de", "Anlass war der Start einer Interkontinentalrakete am vergangenen Samstag.").topics())
        .contains("missile-launch");
    assertThat(body("de", "Der Start der neuen Saison wurde verschoben.").topics()).doesNotContain("missile-launch");
    assertThat(body("fr", "La Russie a lancé une attaque, tirant 38 missiles de croisière.").topics()).contains("missile-launch");
    assertThat(body("de", "Israelische Behörden haben mehr als 70 Lastwagen mit Hilfsgütern für den Gazastreifen "
        + "zurückgewiesen.").topics()).contains("humanitarian-aid");
    assertThat(headline("Israel weist Hilfskonvoi ab", "de").topics()).contains("humanitarian-aid");
    assertThat(body("en", "Carney and Sheinbaum signed a joint action plan on trade on Thursday.").topics())
        .contains("agreement-signed");
    assertThat(body("en", "China lifted restrictions on imports of Lithuanian dairy on Tuesday.").topics())
        .contains("sanctions-lifted");
    assertThat(body("en", "In a process launched in 2019, the two sides resumed talks on Tuesday in Geneva.").topics())
        .contains("negotiations");
    assertThat(body("en", "On Monday, officials recalled that talks resumed in 2019.").topics()).doesNotContain("negotiations");
  }

  @Test
  void troopsWhoExchangeFireHaveClashed() {
    assertThat(body("fr", "Des soldats thaïlandais et cambodgiens ont échangé jeudi des tirs d'artillerie près du temple.")
        .topics()).contains("military-escalation").doesNotContain("detention-release");
    assertThat(body("es", "Soldados venezolanos y colombianos intercambiaron disparos en la frontera el lunes.").topics())
        .contains("military-escalation");
    assertThat(body("en", "The two leaders exchanged gifts on Monday.").topics()).doesNotContain("military-escalation");
    assertThat(body("en", "Police and gang members exchanged fire in Port-au-Prince on Monday.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void diplomatsOrderedToLeaveEmbassiesBackAtWorkAndDealsInked() {
    assertThat(body("en", "Moscow ordered two Estonian diplomats to leave the country within 72 hours.").topics())
        .contains("diplomat-expelled");
    assertThat(body("fr", "Moscou a ordonné à deux diplomates estoniens de quitter le pays.").topics())
        .contains("diplomat-expelled");
    assertThat(body("de", "Estland forderte zwei russische Diplomaten auf, das Land binnen 72 Stunden zu verlassen.").topics())
        .contains("diplomat-expelled");
    assertThat(body("en", "The ambassador told reporters he would leave on Friday.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "The embassy in Kabul resumed operations on Monday after a three-year closure.").topics())
        .contains("relations-restored");
    assertThat(body("en", "The deal was inked in Riyadh on Monday.").topics()).contains("agreement-signed");
    assertThat(body("en", "Both governments put their signatures to the accord on Monday.").topics()).contains("agreement-signed");
  }

  @Test
  void draftsStillDiscussedBoardsOfAgenciesMediaFederationsBailAndWordsThatOnlyLookLikeOurs() {
    assertThat(body("en", "Diplomats said a statement condemning the launches was being discussed but had yet to be circulated.")
        .topics()).doesNotContain("condemnation");
    assertThat(body("en", "The IAEA's Board of Governors passed a resolution on Thursday censuring Iran.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("en", "Hardline media have denounced the film as a foreign product.").topics()).doesNotContain("condemnation");
    assertThat(body("fr", "La fédération a dénoncé une décision injuste et disproportionnée.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "A Thai court on Friday released a 26-year-old Australian woman on bail pending trial.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "She carried vacuum-sealed bags of the drug, according to police.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "Talks with terminal operators over wages broke down late on Wednesday.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Syrian state banks were struck off the British sanctions list on Monday.").topics())
        .contains("sanctions-lifted").doesNotContain("military-escalation");
    assertThat(headline("London setzt weitere Tanker der Schattenflotte auf Sanktionsliste", "de").topics())
        .contains("sanctions-imposed").doesNotContain("sanctions-lifted");
    assertThat(body("en", "Carmakers gather for the Monterrey summit on Tuesday.").topics()).doesNotContain("summit-meeting");
  }

  @Test
  void germanNegationAfterAVerbNotAfterANounVetoesFarFromTheDraftAndMeetingsNamedAfterThey() {
    assertThat(body("de", "Die Außenminister der EU haben sich bei ihrem Treffen in Luxemburg nicht auf das Sanktionspaket "
        + "geeinigt.").topics()).contains("summit-meeting").doesNotContain("agreement-signed");
    assertThat(body("en", "A U.S.-drafted Security Council resolution that would have imposed travel bans and asset freezes on "
        + "three senior Malian officials was struck down on Friday by a Russian veto.").topics()).contains("un-veto");
    assertThat(body("es", "La decisión se comunicó un día después de reunirse el secretario de Estado con el ministro sirio de "
        + "Asuntos Exteriores.").topics()).contains("summit-meeting");
    assertThat(body("es", "La encargada de negocios fue recibida por el secretario de Estado de Exteriores el lunes.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void strikesACapitalCondemnsWereStillCarriedOutButStrikesItBlamesOnOthersAreAlleged() {
    assertThat(body("en", "Iran's foreign ministry strongly condemned the latest airstrikes by the Israeli military on southern "
        + "Lebanon, which killed five people on Monday.").topics()).contains("condemnation", "military-escalation");
    assertThat(body("en", "Moscow accused Ukraine of airstrikes on Belgorod on Monday.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void germanWageDealsStatePremiersAndDefenceMinistersAreNoDiplomacy() {
    assertThat(body("de", "Die Deutsche Bahn und die GDL haben sich auf einen neuen Tarifvertrag geeinigt.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Die Ministerpräsidenten der Länder trafen sich am Donnerstag in Berlin.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Der Verteidigungsminister traf am Montag seinen französischen Amtskollegen.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Der Außenminister traf am Montag seinen französischen Amtskollegen.").topics())
        .contains("summit-meeting");
  }

  @Test
  void regionsMayorsAndUnionsAreAHomeAudience() {
    assertThat(body("fr", "Le Premier ministre a rencontré les présidents de région mardi.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "El presidente recibió a los gobernadores en la Casa Rosada.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "The president attended a climate summit of mayors in Rio on Monday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("fr", "La SNCF et les syndicats ont signé un accord salarial.").topics()).doesNotContain("agreement-signed");
    assertThat(body("es", "El Gobierno y los sindicatos firmaron un acuerdo sobre las pensiones.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("es", "Los cancilleres de Perú y Chile firmaron un acuerdo sobre migración el lunes.").topics())
        .contains("agreement-signed");
  }

  @Test
  void countsComparedDeputiesBusinessSummitsExemptionsInstrumentsAndSubjunctives() {
    assertThat(body("de", "Nordkorea hat in den vergangenen zwölf Monaten mehr Raketen getestet als in den drei Jahren zuvor.")
        .topics()).doesNotContain("missile-launch");
    assertThat(body("de", "Die Hilfe war bereits 2023 zugesagt worden.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("en", "The meeting in Brasilia, led by deputy foreign ministers, was the first in over a year.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "Los inversores lanzaron el martes un fondo en el marco de una cumbre empresarial en Madrid.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The Sanctions Committee on Monday approved an exemption from the travel ban for the minister.")
        .topics()).contains("sanctions-lifted").doesNotContain("sanctions-imposed");
    assertThat(body("en", "Albanese and Marape exchanged instruments of ratification of their defence treaty on Thursday.")
        .topics()).doesNotContain("detention-release");
    assertThat(body("en", "The two parties signed a protocol on the exchange of detainees on Monday.").topics())
        .doesNotContain("detention-release");
    assertThat(body("fr", "Il est possible qu'un accord sur les spiritueux soit conclu à cette occasion.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "The funds are restricted to purchases of food and medicine.").topics())
        .doesNotContain("humanitarian-aid");
  }

  @Test
  void bordersClosedAndReopenedToAStateGermanAidReleasedAndTalksEndedWithoutResult() {
    assertThat(body("de", "Nach mehr als drei Jahren hat Niger seine Grenze zum Nachbarland Benin wieder geöffnet.").topics())
        .contains("sanctions-lifted");
    assertThat(body("en", "Algeria closed its border with Mali on Monday.").topics()).contains("sanctions-imposed");
    assertThat(body("en", "Drills were held close to the border with Poland on Friday.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "Egypt reopened the Rafah crossing for aid on Monday.").topics()).doesNotContain("sanctions-lifted");
    assertThat(headline("EU-Außenminister geben Winterhilfe für die Ukraine frei", "de").topics()).contains("humanitarian-aid");
    assertThat(body("es", "Unos 600 camiones con alimentos, combustible y material médico entraron este jueves en el enclave.")
        .topics()).contains("humanitarian-aid");
    assertThat(body("en", "The freed prisoners were driven into Lithuania in a convoy of minibuses, arriving at the crossing.")
        .topics()).doesNotContain("humanitarian-aid");
    assertThat(headline("Dialog zwischen Belgrad und Pristina in Brüssel abgebrochen", "de").topics()).contains("negotiations");
    assertThat(body("en", "Britain designated three Russian nationals on Thursday.").topics()).contains("sanctions-imposed");
  }

  @Test
  void aDecisionAnnouncedAsTakenCountsAnIntentionSaidDoesNot() {
    assertThat(body("en", "Trump announced he would lift all sanctions on Syria.").topics()).contains("sanctions-lifted");
    assertThat(body("en", "The government announced it would expel two Russian diplomats.").topics())
        .contains("diplomat-expelled");
    assertThat(body("en", "Trump announced he would not lift sanctions on Syria.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("en", "The president said he would lift sanctions.").topics()).doesNotContain("sanctions-lifted");
  }

  @Test
  void protestsBeingPreparedTradeTrucesWarGamesAndAssetsAlreadyFrozen() {
    assertThat(body("en", "Thailand's foreign ministry said it was preparing a protest note to Phnom Penh.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "Speakers discussed what one panel called the tariff truce nobody signed.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("en", "In the simulation, Beijing fires missiles into waters off the island on the first day.").topics())
        .doesNotContain("missile-launch");
    assertThat(body("en", "Moscow had serious problems with language in the draft on frozen Libyan assets.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "Union leaders said they had walked out of talks with the labour ministry on Friday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "One year ago this week, the sanctions that had been suspended under the nuclear deal came back.")
        .topics()).doesNotContain("nuclear");
  }

  @Test
  void aRelativeClauseBeforeTheTriggerDatesAndQualifiesOnlyItself() {
    assertThat(body("en", "Iran and Egypt, which had cut relations in 1980, restored them on Monday.").topics())
        .contains("relations-restored");
    assertThat(body("en", "Japan and South Korea, whose leaders last met in 2019, held a summit in Tokyo on Saturday.")
        .topics()).contains("summit-meeting");
    assertThat(body("fr", "L'Iran et l'Égypte, qui avaient rompu leurs relations en 1980, ont rétabli lundi leurs relations "
        + "diplomatiques.").topics()).contains("relations-restored");
    assertThat(body("de", "Iran und Ägypten, die 1980 ihre Beziehungen abgebrochen hatten, haben am Montag die "
        + "diplomatischen Beziehungen wiederhergestellt.").topics()).contains("relations-restored");
    assertThat(body("en", "Russia, which did not attend the meeting, condemned the strike on Monday.").topics())
        .contains("condemnation");
    // the cue or the guard is in the trigger's own clause: still background, still a plan
    assertThat(body("en", "Iran, which severed ties in 1980, restored them in 1991.").topics())
        .doesNotContain("relations-restored");
    assertThat(body("en", "In 2019, the two countries restored relations.").topics()).doesNotContain("relations-restored");
    assertThat(body("en", "Russia, which had condemned the strike, said on Monday it would not veto.").topics())
        .doesNotContain("condemnation");
  }

  @Test
  void aNegationStopsWhereAClauseOfItsOwnBegins() {
    assertThat(body("en", "Russia did not attend, but Japan condemned the strike on Monday.").topics()).contains("condemnation");
    assertThat(body("en", "Hungary did not object because the EU imposed sanctions on Monday.").topics())
        .contains("sanctions-imposed");
    assertThat(body("en", "Russia did not veto the draft in the Security Council on Monday.").topics()).doesNotContain("un-veto");
    // a future or a hedge governs the clause after it as well
    assertThat(body("en", "The EU will lift sanctions after Iran releases the prisoners.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "She did not say what the North might do, but a missile test was possible.").topics())
        .doesNotContain("missile-launch");
  }

  @Test
  void eighthRoundVocabularyDecisionsToLiftSalvosAndFigurativeTruces() {
    assertThat(body("fr", "L'Iran a commencé jeudi à installer plusieurs cascades de centrifugeuses avancées à Natanz.").topics())
        .contains("nuclear");
    assertThat(body("es", "Irán comenzó el jueves a instalar cascadas de centrifugadoras en Natanz.").topics()).contains("nuclear");
    assertThat(headline("Ukraine : nouvelle salve massive de missiles russes", "fr").topics()).contains("missile-launch");
    assertThat(body("en", "Russia unleashed a massive missile barrage on Kyiv overnight.").topics()).contains("missile-launch");
    assertThat(body("fr", "Les ministres de l'UE ont décidé lundi de lever les mesures restrictives visant la Syrie.").topics())
        .contains("sanctions-lifted").doesNotContain("sanctions-imposed");
    assertThat(body("es", "El Gobierno decidió el lunes suspender las sanciones contra Venezuela.").topics())
        .contains("sanctions-lifted");
    assertThat(body("de", "Die EU-Außenminister haben am Montag beschlossen, die Sanktionen gegen Syrien aufzuheben.").topics())
        .contains("sanctions-lifted");
    assertThat(body("fr", "Il est temps de lever les sanctions, a dit le ministre.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("fr", "Damas a demandé de lever les sanctions.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("es", "Rusia violó el alto el fuego el lunes.").topics()).contains("ceasefire");
    assertThat(body("es", "La tregua fue vulnerada el lunes.").topics()).contains("ceasefire");
    assertThat(body("fr", "Une « trêve » domestique vole en éclats quand ressurgit un secret de famille.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("en", "The Olympic truce was declared on Monday.").topics()).doesNotContain("ceasefire");
    assertThat(body("fr", "La direction de l'entreprise publique a dénoncé un mouvement « disproportionné ».").topics())
        .doesNotContain("condemnation");
    assertThat(body("fr", "L'Union africaine a condamné lundi le coup d'Etat.").topics()).contains("condemnation");
    assertThat(body("en", "Talks opened in Doha on Wednesday, with discussions focused on prisoner exchanges.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Russia and Ukraine exchanged 150 prisoners of war on Monday.").topics()).contains("detention-release");
    assertThat(body("en", "The fintech summit in Nairobi ended on Wednesday with Kenyan officials present.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "A test launch of a Zircon missile from a frigate on Friday struck a target ship 450 km away, Russia said.")
        .topics()).contains("missile-launch").doesNotContain("military-escalation");
    assertThat(body("en", "Russian missiles struck Kyiv on Friday.").topics()).contains("military-escalation");
  }

  @Test
  void aDayOfTheWindowInItsOwnStretchDatesAPastPerfect() {
    assertThat(body("en", "The IAEA said Iran had denied its inspectors access to Fordow on Thursday.").topics())
        .contains("nuclear");
    assertThat(body("es", "El OIEA comunicó que Teherán le había denegado el jueves el acceso de un equipo de inspectores a Fordo.")
        .topics()).contains("nuclear");
    // a day before the past perfect or across a comma dates the saying; a run of acts named as a cause stays background
    assertThat(body("en", "Thailand's army said on Tuesday that Cambodian soldiers had fired rockets at Thai positions.").topics())
        .doesNotContain("missile-launch");
    assertThat(body("en", "Russia had expelled two British diplomats in 2019.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("fr", "La Chine a opposé jeudi son veto après une série de tirs de missiles balistiques.").topics())
        .doesNotContain("missile-launch");
  }

  @Test
  void aRelativeClauseAfterTheCompleteEventDatesOnlyItself() {
    assertThat(body("fr", "La France a rappelé pour consultations son ambassadeur, qui n'avait regagné son poste qu'en juin.")
        .topics()).contains("relations-downgraded");
    assertThat(body("en", "The EU extended the sanctions, which were first imposed in 2014.").topics())
        .contains("sanctions-imposed");
    // the clause holds the required term: the cue still dates the event
    assertThat(body("en", "The ceasefire, which was agreed in 2020, collapsed.").topics()).doesNotContain("ceasefire");
    // the step is the subject of talks, not a step of them
    assertThat(body("en", "The two sides agreed to open talks next month on resuming direct flights.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Talks on Ukraine resumed in Geneva on Monday.").topics()).contains("negotiations");
  }

  @Test
  void stateMediaFormulasTitlesAnniversariesAndCompanyDeals() {
    assertThat(body("en", "China and Brazil inked cooperation documents on Wednesday.").topics()).contains("agreement-signed");
    assertThat(body("es", "Los cancilleres firmaron el miércoles un acta en la que se comprometen a designar embajadores.")
        .topics()).contains("agreement-signed");
    assertThat(body("en", "The talks focused on an agreement that guarantees the lifting of oppressive sanctions.").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(body("en", "The text, entitled \"Necessity of ending the embargo imposed by the United States against Cuba\", "
        + "received 167 votes.").topics()).doesNotContain("sanctions-lifted").doesNotContain("sanctions-imposed");
    assertThat(body("en", "The animated feature \"Guardians of the Long Truce\" began its release in Russia on Tuesday.")
        .topics()).doesNotContain("ceasefire");
    assertThat(body("es", "Colombia conmemora este martes el décimo aniversario de la firma del acuerdo de paz con las FARC.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("es", "Durante la jornada se firmaron once acuerdos de colaboración entre compañías.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("es", "Los ministros de Defensa del Perú y de Colombia se reunieron este jueves en Lima.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "Los cancilleres del Perú y de Colombia se reunieron este jueves en Lima.").topics())
        .contains("summit-meeting");
    assertThat(headline("Kremlin: preparations under way for Modi visit to Russia", "en").topics())
        .doesNotContain("summit-meeting");
    assertThat(headline("Riyadh logistics summit opens as Aramco launches new fuel venture", "en").topics())
        .doesNotContain("summit-meeting");
    assertThat(headline("Iranian wrestling federation hit with sanctions by world body ahead of Zagreb worlds", "en").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("es", "El Ministerio negó este jueves que el Gobierno esté preparando la expulsión del embajador de Colombia.")
        .topics()).doesNotContain("diplomat-expelled");
  }

  @Test
  void thirdWaveGuardsShellCompaniesVetoesLiftedNotesAndBareInfinitives() {
    assertThat(body("en", "Pyongyang keeps leaning on a web of shell companies.").topics()).doesNotContain("military-escalation");
    assertThat(body("en", "Russian forces shelled Kharkiv on Monday.").topics()).contains("military-escalation");
    assertThat(body("en", "Hungary is blocking the sanctions against Russia, refusing to lift its veto.").topics())
        .contains("sanctions-blocked").doesNotContain("sanctions-lifted");
    assertThat(body("en", "Its officials sat at the centre of repeated rounds of talks over hostages.").topics())
        .doesNotContain("negotiations");
    assertThat(headline("Web Summit opens in Lisbon as AI start-ups chase Gulf money", "en").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The ambassador cited every resolution the Council has passed on the peninsula.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("en", "The Security Council adopted a resolution on Haiti on Monday.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("en", "Manila summoned the Chinese envoy on Sunday and handed over a note protesting the actions of Chinese "
        + "vessels.").topics()).contains("condemnation").doesNotContain("detention-release");
    assertThat(body("en", "Photographs released by the Qatari foreign ministry showed the two men shaking hands.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Xi is expected to hold talks with Sanchez and be received by King Felipe VI during the visit.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Kim habe am Mittwoch die Inbetriebnahme einer neuen Zentrifugenkaskade verfolgt, berichtete KCNA.")
        .topics()).contains("nuclear");
    assertThat(body("en", "Iran commissioned a new cascade of IR-6 centrifuges at Fordow on Monday.").topics()).contains("nuclear");
    assertThat(body("en", "The navy commissioned a new frigate on Monday.").topics()).doesNotContain("nuclear");
  }

  @Test
  void germanPastPerfectDatedInTheWindowAndMultilingualVocabularyOfTheThirdWave() {
    // "hätte" folds to "hatte": the indicative past perfect is no counterfactual, and a day in its stretch dates it
    assertThat(body("de", "Bereits am Mittwoch hatte Thailand die Gespräche in der gemeinsamen Grenzkommission ausgesetzt.")
        .topics()).contains("negotiations");
    assertThat(body("de", "Am Mittwoch hatte Belarus 31 litauische Häftlinge freigelassen.").topics()).contains("detention-release");
    assertThat(body("de", "Russland hatte 2019 zwei Diplomaten ausgewiesen.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("de", "Eine Einigung hätte die Aufhebung der Sanktionen ermöglicht.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("fr", "Un premier convoi de 28 camions du Programme alimentaire mondial, chargé de farine, a franchi lundi le "
        + "poste-frontière d'Adré.").topics()).contains("humanitarian-aid");
    assertThat(body("en", "The convoy crossed the bridge on Monday.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("es", "El Consejo de Seguridad de la ONU aprobó este viernes, con 13 votos a favor y las abstenciones de China y "
        + "Rusia, una resolución que renueva el régimen de sanciones.").topics()).contains("un-resolution-adopted");
    assertThat(body("es", "Los Veintisiete aprobaron el lunes retirar de la lista de sancionados a tres empresarios rusos.").topics())
        .contains("sanctions-lifted");
    assertThat(body("es", "El Gobierno aprobó eliminar el impuesto.").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("de", "Österreich hat seine Botschaft in der libyschen Hauptstadt Tripolis nach mehr als einem Jahrzehnt wieder "
        + "eröffnet.").topics()).contains("relations-restored");
    assertThat(body("de", "China hat im Sanktionsausschuss des UN-Sicherheitsrats erneut einen Antrag Indiens blockiert, einen "
        + "Extremistenführer auf die Terrorliste zu setzen.").topics()).contains("sanctions-blocked");
  }

  @Test
  void aWrittenDateAfterPublicationMakesTheActAPlan() {
    // published 2 March 2026: a date after it is the day of something scheduled (LABELLING: future events)
    assertThat(body("en", "Chief negotiators from Serbia and Kosovo will meet in Brussels on March 18 for the first round of "
        + "talks in nearly a year.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "Chief negotiators from Serbia and Kosovo met in Brussels on Feb. 26 for the first round of talks in "
        + "nearly a year.").topics()).contains("negotiations");
    assertThat(body("fr", "Les deux pays signent un accord le 28 mars à Paris.").topics()).doesNotContain("agreement-signed");
    assertThat(body("es", "Ambos países firman el 28 de marzo un acuerdo de paz en Lima.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Die beiden Länder unterzeichnen am 28. März ein Abkommen in Wien.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Die beiden Länder unterzeichneten am 27. Februar ein Abkommen in Wien.").topics())
        .contains("agreement-signed");
    // a deadline or a start date is a term of an act taken now, not its day
    assertThat(body("en", "The EU extended the sanctions on Russia on Monday until Sept. 15.").topics()).contains("sanctions-imposed");
    // with no year written, a date is read in the half-year around publication: 20 December is last year's, before the
    // window, and 28 February inside it
    assertThat(body("en", "The two leaders signed the accord on Dec. 20 in Hanoi, officials recalled.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "The two leaders signed the accord on Feb. 28 in Hanoi, officials said.").topics())
        .contains("agreement-signed");
  }

  @Test
  void aParticipleOnTheEventsNounDatesOnlyItself() {
    // the date or year after "agreed", "firmada", "entré" dates how the truce came about, not its breach
    assertThat(body("en", "The strikes on Friday were the most serious breach of the ceasefire agreed in Doha on Oct. 19, 2025.")
        .topics()).contains("ceasefire");
    assertThat(body("es", "El ataque del domingo violó la tregua firmada el 3 de octubre de 2025.").topics())
        .contains("ceasefire");
    assertThat(body("fr", "Le président a dénoncé dimanche une nouvelle violation du cessez-le-feu entré en vigueur en "
        + "novembre 2024, appelant le mécanisme de surveillance à agir.").topics()).contains("ceasefire");
    // the participle that is the event's own verb is dated by it, an adjective before a noun dates nothing, and a verb
    // after a name is a clause's own
    assertThat(body("fr", "Les deux pays avaient échangé des tirs avant un cessez-le-feu annoncé le 10 mai 2025.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("en", "The two prime ministers signed an expanded peace declaration in Kuala Lumpur on Oct. 26, 2025.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "Burundi will study reopening its land border, which Burundi closed in January 2024 after "
        + "accusing Kigali of backing rebels.").topics()).doesNotContain("sanctions-lifted");
  }

  @Test
  void aClauseSetOffByCommasDatesOnlyItself() {
    assertThat(body("en", "The embassy, closed in 2019, reopened on Tuesday.").topics()).contains("relations-restored");
    assertThat(body("es", "La embajada, cerrada en 2019, reabrió el martes.").topics()).contains("relations-restored");
    assertThat(body("en", "Egypt reopened its embassy in Tehran, closed since 1980.").topics()).contains("relations-restored");
    // English "that" on a noun after the event opens a relative clause as "which" does, with or without a day far before
    assertThat(body("en", "The army and the militia signed a declaration late on Monday committing to a 10-day humanitarian "
        + "truce, Saudi and Qatari mediators said, capping four days of talks in the port city that envoys called the most "
        + "substantive since the war broke out in April 2023.").topics()).contains("negotiations");
    // a long clause carries on the story, and a comma inside a number opens no clause
    assertThat(body("en", "Reunification was sealed by the treaty, signed in Moscow in September 1990 by the two German states "
        + "and the four wartime Allies.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "The Security Council authorised the 5,500-strong force in September 2025 to replace the mission.")
        .topics()).doesNotContain("un-resolution-adopted");
    assertThat(body("en", "In 2019, Iran and Egypt restored ties.").topics()).doesNotContain("relations-restored");
    // German writes a year with no preposition: "die 2019 geschlossene Botschaft"
    assertThat(body("de", "Die Botschaft, die 2019 geschlossen worden war, wurde am Dienstag wiedereröffnet.").topics())
        .contains("relations-restored").doesNotContain("relations-downgraded");
    assertThat(body("de", "Die Waffenruhe, die 2020 vereinbart wurde, hält weiterhin.").topics()).doesNotContain("ceasefire");
  }

  @Test
  void sanctionsAgreedOrExtendedInFrenchSpanishAndGermanAsInEnglish() {
    assertThat(body("es", "Los ministros de la UE acordaron el lunes un nuevo paquete de sanciones contra Bielorrusia.").topics())
        .contains("sanctions-imposed");
    assertThat(body("fr", "Les ministres de l'UE se sont mis d'accord lundi sur un nouveau paquet de sanctions contre le Bélarus.")
        .topics()).contains("sanctions-imposed");
    assertThat(body("de", "Die EU-Außenminister einigten sich am Montag auf ein neues Sanktionspaket gegen Belarus.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Die Vereinigten Staaten haben ihre Sanktionen gegen Belarus gelockert.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("de", "Die EU-Außenminister einigten sich am Montag nicht auf neue Sanktionen gegen Belarus.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "EU ministers agreed to consider new sanctions against Belarus.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("es", "Los ministros acordaron estudiar nuevas sanciones contra Bielorrusia.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("de", "Die Minister einigten sich darauf, neue Sanktionen zu prüfen.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("fr", "Les sanctions contre la Russie ont été prolongées lundi de six mois.").topics()).contains("sanctions-imposed");
    assertThat(body("es", "Las sanciones contra Rusia fueron prorrogadas el lunes por seis meses.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Die Sanktionen gegen Russland wurden am Montag um sechs Monate verlängert.").topics())
        .contains("sanctions-imposed");
  }

  @Test
  void nobodyActedAndWhatADraftWouldAlsoHaveDoneAreNoEvents() {
    assertThat(body("de", "„Niemand wurde zur unerwünschten Person erklärt“, teilte das Ministerium am Donnerstag mit.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("en", "No one was expelled, the ministry said on Monday.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "The draft would also have added two commanders to the sanctions list.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("es", "Bolivia y Chile expresan su disposición a restablecer relaciones diplomáticas.").topics())
        .doesNotContain("relations-restored");
  }

  @Test
  void missilesByNameAndAsTheSubjectOfTheStrike() {
    assertThat(body("de", "Indien testet Agni-Prime von Eisenbahnwaggon aus.").topics()).contains("missile-launch");
    assertThat(body("en", "North Korea launched a Hwasong-19 on Friday.").topics()).contains("missile-launch");
    assertThat(body("en", "The UK's Trident programme was debated in parliament.").topics()).doesNotContain("missile-launch");
    assertThat(body("en", "Russian missiles struck a substation of the Rivne nuclear plant on Monday.").topics())
        .contains("missile-launch", "nuclear");
    assertThat(body("es", "Misiles rusos impactaron el lunes en una subestación de la central nuclear de Rivne.").topics())
        .contains("missile-launch", "nuclear");
    assertThat(body("de", "Russische Raketen trafen am Montag ein Umspannwerk des Atomkraftwerks Riwne.").topics())
        .contains("missile-launch", "nuclear");
    assertThat(body("en", "Houthi missiles struck a tanker in the Red Sea on Monday.").topics()).doesNotContain("missile-launch");
  }

  @Test
  void germanCompoundsVerbPrefixesAndSeparableVerbs() {
    // "Vereinigten" is no compound of "einigten": the United States agree to nothing
    assertThat(body("de", "Die Vereinigten Staaten kritisierten am Montag das Abkommen zwischen Russland und Iran.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Die beiden Staaten einigten sich am Montag auf ein Abkommen zwischen Russland und Iran.").topics())
        .contains("agreement-signed");
    assertThat(body("de", "Die Schweiz eröffnet ihre Botschaft in Damaskus wieder.").topics()).contains("relations-restored");
    assertThat(body("de", "Nach 18 Jahren: USA und Bolivien tauschen wieder Botschafter aus").topics()).contains("relations-restored");
    assertThat(body("en", "The foreign minister exchanged views with ambassadors of EU states on Monday.").topics())
        .doesNotContain("relations-restored");
    assertThat(body("de", "Schusswechsel an der Grenze zwischen thailändischen und kambodschanischen Soldaten am Donnerstag.")
        .topics()).contains("military-escalation");
    assertThat(body("de", "Die vierte Verhandlungsrunde zwischen Armenien und Aserbaidschan endete am Freitag ohne Ergebnis.")
        .topics()).contains("negotiations");
    assertThat(body("de", "Die Gewerkschaft rief den Ausstand aus, nachdem die Kollektivvertragsverhandlungen mit den Arbeitgebern "
        + "auch in der vierten Runde ohne Ergebnis geblieben waren.").topics()).doesNotContain("negotiations");
  }

  @Test
  void aWrittenDateBeforeTheWindowOrLastMonthIsBackground() {
    // published 2 March 2026: 3 January is outside the window of about a week, 27 February inside it
    assertThat(body("en", "North Korea fired a ballistic missile on Jan. 3, the military said.").topics())
        .doesNotContain("missile-launch");
    assertThat(body("en", "North Korea fired a ballistic missile on Feb. 27, the military said.").topics()).contains("missile-launch");
    assertThat(body("fr", "La Corée du Nord a tiré un missile balistique le 3 janvier.").topics()).doesNotContain("missile-launch");
    assertThat(body("de", "Nordkorea feuerte am 3. Januar eine ballistische Rakete ab.").topics()).doesNotContain("missile-launch");
    assertThat(body("en", "Australia condemned an attack on a school in Sagaing region last month.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void meetingsAskedForAndVetoesAndSanctionsTakenOverInOtherLanguages() {
    assertThat(body("de", "Ein Treffen mit Staats- und Parteichef Xi Jinping sei angefragt, aber noch nicht bestätigt.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "A meeting with President Xi has been requested but not yet confirmed.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "Rusia veta en la ONU la prórroga de las sanciones contra las pandillas de Haití").topics())
        .contains("sanctions-blocked").doesNotContain("sanctions-imposed");
    assertThat(body("de", "Zugleich verfügte die Bundesregierung am Donnerstag die Schließung eines russischen Generalkonsulats.")
        .topics()).contains("relations-downgraded");
    assertThat(body("de", "Die Schweiz übernimmt die jüngsten Sanktionen der Europäischen Union gegen Russland.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Die Schweiz übernimmt den Vorsitz der Konferenz über Sanktionen.").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void aModalGovernsBothVerbsOfACoordinatedPredicate() {
    // "could" governs "expel" across "close its border with Belarus again and": a threat, not an expulsion
    assertThat(body("en", "Lithuania could close its border with Belarus again and expel Belarusian diplomats if the balloons "
        + "keep coming, the minister said on Tuesday.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "Poland did not close its border with Belarus last night or expel any Belarusian diplomats, the "
        + "minister said on Tuesday.").topics()).doesNotContain("diplomat-expelled");
    // a new clause after a comma is not governed
    assertThat(body("en", "Lithuania could close its border with Belarus again, and on Tuesday it expelled two Belarusian "
        + "diplomats.").topics()).contains("diplomat-expelled");
    assertThat(body("en", "Lithuania closed its border with Belarus again and expelled two Belarusian diplomats on Tuesday.")
        .topics()).contains("diplomat-expelled");
  }

  @Test
  void aVerbInsideAHyphenatedParticleNounIsNoTrigger() {
    assertThat(body("de", "Zweiter Anlauf geglückt: Münchner Start-up bringt Rakete in den Orbit").topics())
        .doesNotContain("missile-launch");
    assertThat(body("de", "Nordkorea meldet Start einer ballistischen Rakete").topics()).contains("missile-launch");
  }

  @Test
  void agreementsSignedWithTheParticipleLastOrAsJointTextsIssued() {
    // German: the participle after a long object, and plural memoranda
    assertThat(body("de", "Die Außenminister Japans und der Philippinen haben am Montag in Manila ein Abkommen über die "
        + "gegenseitige logistische Unterstützung ihrer Streitkräfte unterzeichnet.").topics()).contains("agreement-signed");
    assertThat(body("de", "Japan und die Philippinen wollen ein Abkommen über die gegenseitige logistische Unterstützung "
        + "ihrer Streitkräfte unterzeichnen.").topics()).doesNotContain("agreement-signed");
    assertThat(body("de", "Japan und die Philippinen haben ein Abkommen über die gegenseitige Unterstützung bisher nicht "
        + "unterzeichnet.").topics()).doesNotContain("agreement-signed");
    assertThat(body("de", "Im Anschluss unterzeichneten Minister Indiens und Brasiliens am Dienstag vier Absichtserklärungen.")
        .topics()).contains("agreement-signed");
    // a framework or joint document as the thing signed, not a "framework" the signing happens in
    assertThat(body("en", "The foreign ministers of Congo and Rwanda signed a regional economic integration framework in "
        + "Washington on Friday.").topics()).contains("agreement-signed");
    assertThat(body("en", "Within the framework of the talks, Congo signed nothing on Friday.").topics())
        .doesNotContain("agreement-signed");
    // a joint statement issued by the two parties is agreed between them; one condemning a third party is not
    assertThat(body("en", "Jaishankar and Chinese Foreign Minister Wang Yi met in New Delhi on Monday and issued a joint "
        + "statement on border patrols.").topics()).contains("agreement-signed");
    assertThat(body("en", "France, Germany and Britain issued a joint statement on Monday condemning the move as a dangerous "
        + "escalation.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "India and China will issue a joint statement after the talks.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void talksHeldOnAMatterAndMonthsThatMeasureAnExtension() {
    assertThat(body("en", "Pakistan and Afghanistan on Monday extended their border ceasefire by three months after two days of "
        + "talks in Istanbul.").topics()).contains("negotiations", "ceasefire");
    assertThat(body("en", "The embassy reopened on Monday, three months after two days of talks in Istanbul.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Wednesday for talks on border "
        + "delimitation.").topics()).contains("negotiations", "summit-meeting");
    assertThat(body("en", "The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi on Wednesday for dinner.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void nuclearStepsWithTheGermanVerbLastAndInspectorsKeptOut() {
    assertThat(body("de", "Iran hat nach Erkenntnissen der IAEA am Montag in einer Anlage nahe Isfahan mit der Anreicherung "
        + "von Uran begonnen.").topics()).contains("nuclear");
    assertThat(body("de", "Iran hat am Montag nicht mit der Anreicherung von Uran begonnen.").topics()).doesNotContain("nuclear");
    assertThat(body("de", "Gespräche über die Anreicherung von Uran wurden am Montag in Genf aufgenommen.").topics())
        .doesNotContain("nuclear");
    assertThat(body("de", "Teheran entzog am Montag zwei Inspektoren der IAEA die Akkreditierung.").topics()).contains("nuclear");
    assertThat(body("es", "Irán sigue sin permitir a los inspectores del OIEA acceder a la planta de Fordo, según un informe "
        + "distribuido este jueves.").topics()).contains("nuclear");
    assertThat(body("en", "Saudi Arabia delayed inspectors' access to a uranium site last week, the IAEA said on Monday.")
        .topics()).contains("nuclear");
  }

  @Test
  void meetingsNamedAsTheOccasionAndMeetingsOnlyReportedOrSought() {
    assertThat(body("en", "Ecuador and Mexico restored diplomatic relations on Thursday following a meeting of the two "
        + "countries' foreign ministers in Bogota.").topics()).contains("summit-meeting", "relations-restored");
    assertThat(body("en", "The ceasefire was agreed in 2019 after a meeting of the two presidents.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The sanctions will be adopted at a meeting of EU foreign ministers next week.").topics())
        .doesNotContain("summit-meeting");
    // a place phrase after a comma goes on with the event, which its date dates
    assertThat(body("fr", "Emmanuel Macron et Lula lors de leur rencontre sur la plage de Combu, près de Belém en mars 2024.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(body("fr", "L'Élysée a démenti les informations selon lesquelles une rencontre à trois avec le président "
        + "colombien serait organisée en marge de la visite.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Ein bilaterales Treffen mit Trump am Rande werde angestrebt, sei aber noch nicht vereinbart.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(body("es", "Los españoles aterrizaron en Madrid el lunes y fueron recibidos en la terminal por familiares y por "
        + "un secretario de Estado.").topics()).doesNotContain("summit-meeting");
    // what happens in the run-up to a summit is not the summit
    assertThat(body("en", "In the run-up to the summit, officials from both sides met in Geneva on Monday.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void aGermanModalOrFutureGovernsTheVerbThatClosesItsClause() {
    // the auxiliary opens the clause, the verb closes it, however long the object between them
    assertThat(body("de", "Der Kanzler wird am Dienstag in Peking seinen chinesischen Amtskollegen zu Gesprächen über den "
        + "Handel treffen.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Nordkorea könnte nach Einschätzung Seouls schon in den kommenden Tagen eine weitere ballistische "
        + "Rakete abfeuern.").topics()).doesNotContain("missile-launch");
    assertThat(body("de", "Die Regierung in Berlin dürfte nach dem Vorfall den russischen Botschafter ins Auswärtige Amt "
        + "einbestellen.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Litauen werde die Grenze zu Belarus schließen und belarussische Diplomaten ausweisen, sagte der "
        + "Minister am Montag.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("de", "Trump werde Zölle von bis zu 50 Prozent auf kolumbianische Einfuhren verhängen und Sanktionen "
        + "gegen Regierungsvertreter prüfen lassen, schrieb er am Donnerstag.").topics()).doesNotContain("sanctions-imposed");
    // what was done keeps its verb: perfect, passive past, a past modal ("durfte") and a participle after "wird"
    assertThat(body("de", "Die Bundesregierung hat am Montag den russischen Botschafter ins Auswärtige Amt einbestellt.")
        .topics()).contains("condemnation");
    assertThat(body("de", "Das Abkommen wurde am Freitag in Genf von den Außenministern Japans und Indiens unterzeichnet.")
        .topics()).contains("agreement-signed");
    assertThat(body("de", "Nordkorea hat am Montag eine ballistische Rakete abgefeuert, die nach Angaben Seouls ins Meer "
        + "stürzte.").topics()).contains("missile-launch");
  }

  @Test
  void questionsAndTheTitlesOfTimelinesReportNothing() {
    assertThat(headline("Timeline: North Korea fires missiles over Japan").topics()).doesNotContain("missile-launch");
    assertThat(headline("Factbox: What sanctions has the EU imposed on Russia?").topics()).doesNotContain("sanctions-imposed");
    assertThat(headline("Chronologie : la Corée du Nord tire des missiles au-dessus du Japon", "fr").topics())
        .doesNotContain("missile-launch");
    assertThat(body("en", "Did Seoul lift the sanctions on Pyongyang on Monday?").topics()).doesNotContain("sanctions-lifted");
    // the same acts reported
    assertThat(headline("North Korea fires ballistic missile into the sea, Seoul says").topics()).contains("missile-launch");
    assertThat(body("en", "Seoul lifted the sanctions on Pyongyang on Monday.").topics()).contains("sanctions-lifted");
  }

  @Test
  void germanHoldsListingsAndStrikesOnPlantsWithTheVerbLast() {
    assertThat(body("de", "Am Dienstag legten China und Russland im Ausschuss einen technischen Einspruch gegen die Aufnahme von "
        + "sechs Frachtschiffen in die Sanktionsliste ein.").topics()).contains("sanctions-blocked");
    assertThat(body("de", "Die Regierung in Tokio verhängte am Montag Einreiseverbote und Vermögenssperren gegen elf Personen aus "
        + "Nordkorea.").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Eine Drohne habe am Montag ein Gebäude auf dem Gelände des besetzten Atomkraftwerks Saporischschja "
        + "getroffen, teilte die IAEA mit.").topics()).contains("nuclear");
    assertThat(body("de", "In der Nacht zum Dienstag griff das russische Militär Kiew mit Dutzenden Drohnen und mehreren "
        + "Marschflugkörpern an.").topics()).contains("missile-launch");
    assertThat(body("de", "Die Außenminister Armeniens und Aserbaidschans vereinbarten bei einem Treffen in Tiflis am Dienstag die "
        + "Eröffnung von Botschaften.").topics()).contains("summit-meeting");
    assertThat(body("de", "Die Außenminister Armeniens und Aserbaidschans vereinbarten am Dienstag ein Treffen in Tiflis.").topics())
        .doesNotContain("summit-meeting");
    // UN ambassadors signing a communiqué make an agreement, not a summit
    assertThat(body("de", "Der belizische UN-Botschafter und sein chinesischer Amtskollege unterzeichneten am Donnerstag in New York "
        + "ein gemeinsames Kommuniqué.").topics()).contains("agreement-signed").doesNotContain("summit-meeting");
  }

  @Test
  void spanishPastSubjunctivesReportFactsWhileFuturesPlan() {
    // folded, the future "celebrarán" and the subjunctive "celebraran" are one word: only the accent tells them apart
    assertThat(body("es", "Ocurrió dos días después de que Irán y los europeos celebraran el martes en Ginebra una nueva ronda de "
        + "conversaciones.").topics()).contains("negotiations");
    assertThat(body("es", "Irán y los europeos celebrarán el martes en Ginebra una nueva ronda de conversaciones.").topics())
        .doesNotContain("negotiations");
    assertThat(body("es", "El choque se produjo después de que Camboya entregara el sábado a Tailandia a dos soldados tailandeses "
        + "capturados.").topics()).contains("detention-release");
    assertThat(body("es", "El Gobierno cubano anunció el martes que excarcelará de forma gradual a 553 presos.").topics())
        .doesNotContain("detention-release");
    assertThat(body("es", "El Gobierno argentino entregó el jueves una nota de protesta al encargado de negocios británico.")
        .topics()).doesNotContain("detention-release");
    assertThat(body("es", "China anunció el lunes que levanta con efecto inmediato la suspensión de las importaciones de productos "
        + "del mar japoneses.").topics()).contains("sanctions-lifted");
    assertThat(body("es", "Los Veintisiete tuvieron que retirar del paquete, a petición de Hungría, las sanciones contra el patriarca.")
        .topics()).contains("sanctions-blocked");
  }

  @Test
  void plansDenialsAndWorksOfCultureAmongTheSanctionsAndSwaps() {
    assertThat(body("en", "Hungary has no intention of vetoing the EU's next sanctions package, its foreign minister said on Monday, "
        + "rejecting reports that Budapest would hold up the measures.").topics()).doesNotContain("sanctions-blocked");
    assertThat(body("en", "An entry targeting a senior cleric was struck from the final text on Monday at Hungary's insistence.")
        .topics()).doesNotContain("military-escalation");
    assertThat(body("en", "The defence chiefs of Japan and the Philippines agreed on Monday to work toward an ammunition-sharing pact.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("de", "Doku über den Gefangenenaustausch zwischen Russland und den USA feiert am Montag Premiere").topics())
        .doesNotContain("detention-release");
    assertThat(body("fr", "L'accord, signé lundi par la direction et trois organisations syndicales, prévoit le maintien de 1 200 "
        + "emplois.").topics()).doesNotContain("agreement-signed");
    assertThat(body("fr", "Modi et Xi s'entretiennent par téléphone lundi, une visite en Chine évoquée pour 2027").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void frenchWithdrawnAccreditationsSuspendedTalksAndMoratoriumThreats() {
    assertThat(body("fr", "L'Iran a annoncé vendredi qu'il retirait l'accréditation de plusieurs inspecteurs de l'AIEA.").topics())
        .contains("nuclear");
    assertThat(headline("Soudan : les pourparlers de Djeddah suspendus lundi", "fr").topics()).contains("negotiations");
    assertThat(body("fr", "Le vice-ministre russe a averti lundi que la Russie mettrait fin à son moratoire sur les essais "
        + "nucléaires.").topics()).contains("nuclear");
  }

  @Test
  void aSentenceCountedOnFromAnEarlierYearBelongsToIt() {
    // published 2 March 2026: the story of 2006 goes on in the sentences that count on from it
    assertThat(body("en", "The test at the Punggye-ri site on Oct. 9, 2006 came after years of warnings. Five days later, the U.N. "
        + "Security Council unanimously adopted Resolution 1718, imposing an arms embargo.").topics())
        .doesNotContain("un-resolution-adopted", "sanctions-imposed");
    assertThat(body("fr", "Il y a vingt ans, la Corée du Nord surprenait le monde. Quelques heures plus tard, Pyongyang annonçait "
        + "avoir procédé à son premier essai nucléaire souterrain.").topics()).doesNotContain("nuclear");
    // a time counted on from this week's news, or one with a day of its own, is news
    assertThat(body("en", "North Korea fired a missile on Sunday. Five days later, the U.N. Security Council unanimously adopted "
        + "a resolution imposing an arms embargo.").topics()).contains("un-resolution-adopted");
    assertThat(underASigning("en", "The dispute began in 2019. Two days later, on Monday, the Security Council adopted a "
        + "resolution on the border.").topics()).contains("un-resolution-adopted");
  }

  @Test
  void theMinistersMeetingByItsParticipantsAndThenAsBackground() {
    assertThat(body("en", "The package was approved on Monday, the EU's foreign policy chief told reporters after the ministers' "
        + "meeting in Luxembourg.").topics()).contains("summit-meeting");
    assertThat(body("en", "The package was approved on Monday, she told reporters after the defence ministers' meeting in "
        + "Luxembourg.").topics()).doesNotContain("summit-meeting");
    // "entonces" dates what it follows to the time told of before
    assertThat(body("es", "El gobierno mexicano denunció entonces una violación flagrante del derecho internacional.").topics())
        .doesNotContain("condemnation");
  }

  @Test
  void aFrenchOrSpanishModalBeforeItsInfinitiveGovernsTheRestOfThePlan() {
    assertThat(body("fr", "Emmanuel Macron doit recevoir lundi à l'Élysée son homologue brésilien pour un entretien.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("fr", "Il doit être reçu à l'Élysée par Emmanuel Macron pour un entretien suivi d'un dîner d'État.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "El presidente tiene previsto recibir el lunes en el Palacio de Planalto a su homólogo argentino para "
        + "una reunión.").topics()).doesNotContain("summit-meeting");
    // the same meetings held
    assertThat(body("fr", "Emmanuel Macron a reçu lundi à l'Élysée son homologue brésilien pour un entretien.").topics())
        .contains("summit-meeting");
    assertThat(body("es", "El presidente recibió el lunes en el Palacio de Planalto a su homólogo argentino para una reunión.")
        .topics()).contains("summit-meeting");
  }

  @Test
  void playsAndFilmsWithdrawnExpulsionsAgencyBoardsAndDelistings() {
    assertThat(body("de", "Die georgische Dramatikerin erzählt in ihrem Theaterstück von einem Botschafter, der am Montag zur "
        + "unerwünschten Person erklärt wird.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "Burkina Faso withdraws expulsion of Ivorian diplomats hours after announcing it on Monday").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("en", "The resolution was approved by 20 votes on the 35-nation board on Thursday, diplomats said.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("es", "La liberación se produjo el lunes tras una reunión en Minsk entre Alexandr Lukashenko y el enviado especial "
        + "de Estados Unidos.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "The Treasury Department announced on Thursday it had removed Belarusian state potash producer Belaruskali "
        + "and two of its subsidiaries from its sanctions list.").topics()).contains("sanctions-lifted");
    assertThat(headline("U.S. delists Belarusian potash giant as Minsk frees prisoners").topics()).contains("sanctions-lifted");
    assertThat(headline("Nasdaq delists Chinese chipmaker's shares").topics()).doesNotContain("sanctions-lifted");
    assertThat(body("es", "El martes China y Rusia pusieron en espera, dentro del comité de sanciones de la ONU, una propuesta de "
        + "Estados Unidos para incluir en la lista negra a tres buques.").topics()).contains("sanctions-blocked");
    assertThat(body("de", "Der Schritt folgte am Mittwoch auf die Freilassung von vier US-Bürgern, die in Venezuela inhaftiert "
        + "gewesen waren.").topics()).contains("detention-release");
  }

  @Test
  void aPresentAfterARelativePronounDescribesAHabitNotAnAct() {
    assertThat(body("en", "The ambassador said the two members had chosen to shield a government that fires ballistic missiles at "
        + "its neighbours.").topics()).doesNotContain("missile-launch");
    assertThat(body("fr", "L'ambassadrice a estimé que Moscou avait choisi de protéger une junte qui bombarde des écoles et des "
        + "hôpitaux.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "La embajadora acusó a Moscú de ofrecer cobertura a un régimen que \"bombardea a su propia población\".")
        .topics()).doesNotContain("military-escalation");
    // the past reports the act, and "que" after a verb of saying opens what was said
    assertThat(body("en", "Japan lodged a protest with a government that fired a ballistic missile over Hokkaido on Monday.")
        .topics()).contains("missile-launch");
    assertThat(body("es", "China anunció el lunes que levanta con efecto inmediato la suspensión de las importaciones de productos "
        + "del mar japoneses que había decretado hace un año.").topics()).contains("sanctions-lifted");
  }

  @Test
  void clausesOfTheirOwnDomesticTalksAndDaysBetweenVerbAndObject() {
    // "mientras" opens a clause of its own: the veto blocks no sanctions, the Council's renewal imposes them
    Enrichment vetoAndRenewal = body("es", "Rusia vetó el martes una resolución sobre Sudán mientras el Consejo de Seguridad "
        + "prorrogó el embargo de armas a Sudán del Sur.");
    assertThat(vetoAndRenewal.topics()).doesNotContain("sanctions-blocked").contains("sanctions-imposed");
    assertThat(body("en", "Talks on forming a coalition government in Bulgaria collapsed on Thursday.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Peace talks between Armenia and Azerbaijan collapsed on Thursday.").topics()).contains("negotiations");
    assertThat(body("es", "El presidente de Brasil y la presidenta de México firmaron este jueves en el Palacio Nacional una "
        + "declaración conjunta de asociación estratégica.").topics()).contains("agreement-signed");
  }

  @Test
  void anniversariesDenialsFormerSentencesAndWhatIsAverted() {
    assertThat(body("en", "Ten years ago on Tuesday, the Colombian government and the FARC signed a revised peace agreement in "
        + "Bogota.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "On Tuesday, the Colombian government and the ELN signed a ceasefire agreement in Havana.").topics())
        .contains("agreement-signed");
    assertThat(body("fr", "Le gouvernement burkinabè a démenti mercredi avoir rappelé son ambassadeur en Côte d'Ivoire.").topics())
        .doesNotContain("relations-downgraded");
    assertThat(body("fr", "Un ressortissant tunisien condamné l'an dernier dans un précédent volet de l'enquête a été expulsé mardi "
        + "vers la Tunisie.").topics()).doesNotContain("condemnation");
    assertThat(body("en", "Seoul on Monday renewed an offer of military talks to prevent accidental clashes along the border.")
        .topics()).doesNotContain("military-escalation");
    // a reaction no state is named for is no official condemnation; one a state is named for is
    assertThat(body("en", "The raid on the embassy drew condemnation across the region and prompted a case at the World Court.")
        .topics()).doesNotContain("condemnation");
    assertThat(body("es", "El asalto a la embajada provocó una condena casi unánime en el continente.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "The raid on the embassy drew condemnation from Brazil and Chile on Monday.").topics())
        .contains("condemnation");
  }

  @Test
  void aGermanPastSubjunctiveWithAModalInfinitiveIsWhatShouldHaveHappened() {
    assertThat(body("de", "Der Minister hätte am Mittwoch mit seinem südkoreanischen Amtskollegen zusammentreffen und einen Gipfel "
        + "vorbereiten sollen.").topics()).doesNotContain("summit-meeting");
    // without the modal the subjunctive reports what someone said happened
    assertThat(body("de", "Kambodschanische Soldaten hätten in der Nacht zum Dienstag thailändische Stellungen mit Granatwerfern "
        + "beschossen, teilte die Armee mit.").topics()).contains("military-escalation");
  }

  @Test
  void anAnalysisOrAnniversaryPieceReportsOnlyWhatItDatesInTheWindow() {
    String lede = "Russia and Ukraine swapped 300 prisoners of war in a deal brokered by the United Arab Emirates, and the "
        + "exchange was followed by talks in Istanbul.";
    // the same lede under a news headline is the lead event
    assertThat(ENRICHER.enrich(new ArticleText("v", "Russia and Ukraine swap prisoners", lede, "en", PUBLISHED)).topics())
        .contains("detention-release");
    for (String title : new String[] {"ANALYSIS-Four years on, prisoner swaps are Kyiv's one working channel to Moscow",
        "Analyse : les échanges de prisonniers, seul canal entre Kiev et Moscou", "Ten years after Minsk, Kyiv and Moscow "
        + "still swap prisoners", "Un año después de Estambul, Kiev y Moscú siguen canjeando prisioneros",
        "PROFILE-The Emirati broker behind the prisoner swaps", "Nachruf: Der Vermittler der Gefangenenaustausche"}) {
      assertThat(ENRICHER.enrich(new ArticleText("v", title, lede, "en", PUBLISHED)).topics()).as(title)
          .doesNotContain("detention-release");
    }
    // the sports pages report no state's act, whatever their words
    assertThat(ENRICHER.enrich(new ArticleText("v", "Cricket: Pakistan's captain sanctioned for send-off as India storm into final",
        "Pakistan's captain was sanctioned by the match referee on Sunday for his send-off of an Indian batter.", "en",
        PUBLISHED)).topics()).isEmpty();
    assertThat(ENRICHER.enrich(new ArticleText("v", "Pakistan's captain sanctioned over send-off",
        "The United States sanctioned Pakistan's interior minister on Sunday.", "en", PUBLISHED)).topics())
        .contains("sanctions-imposed");
    // a development the piece dates in the window is news in it too
    assertThat(ENRICHER.enrich(new ArticleText("v", "ANALYSIS-Four years on, prisoner swaps are Kyiv's one working channel",
        "Russia and Ukraine swapped 300 prisoners of war on Monday in a deal brokered by the United Arab Emirates.", "en",
        PUBLISHED)).topics()).contains("detention-release");
  }

  @Test
  void boardingsBrakedSanctionsAndDevelopmentsReportedAtTheSameTime() {
    assertThat(headline("Guardacostas chinos abordan un buque filipino en el mar de China Meridional", "es").topics())
        .contains("military-escalation");
    assertThat(headline("Chinesische Küstenwache entert philippinisches Versorgungsboot", "de").topics())
        .contains("military-escalation");
    assertThat(headline("Hungría y Eslovaquia frenan las sanciones de la UE contra Georgia", "es").topics())
        .contains("sanctions-blocked");
    // a sentence that opens with the story's own time reports a development of the window, however far down
    String lede = "Großbritannien hat am Donnerstag Sanktionen gegen vier Kommandeure der sudanesischen Miliz RSF verhängt. "
        + "Ihre Vermögenswerte wurden eingefroren. Den Männern werden Angriffe auf Lager in Darfur zur Last gelegt. Die "
        + "Ministerin sprach von Gräueltaten. ";
    Enrichment sameTime = ENRICHER.enrich(new ArticleText("v", "London verhängt Sanktionen gegen RSF-Kommandeure", lede
        + "Zugleich sagte London weitere 35 Millionen Pfund an humanitärer Hilfe für den Sudan zu.", "de", PUBLISHED));
    assertThat(sameTime.topics()).contains("humanitarian-aid");
    Enrichment undated = ENRICHER.enrich(new ArticleText("v", "London verhängt Sanktionen gegen RSF-Kommandeure", lede
        + "London sagte weitere 35 Millionen Pfund an humanitärer Hilfe für den Sudan zu.", "de", PUBLISHED));
    assertThat(undated.topics()).doesNotContain("humanitarian-aid");
  }

  @Test
  void headlineDashesGermanProtestsAndFourLookAlikes() {
    // a spaced dash joins two stories: the veto of one blocks no sanctions of the other
    assertThat(headline("USA stoppen Gaza-Resolution mit Veto – Sicherheitsrat verlängert Kongo-Sanktionen", "de").topics())
        .doesNotContain("sanctions-blocked");
    assertThat(headline("Nordkorea feuert ballistische Rakete ab – Tokio legt Protest ein", "de").topics()).contains("condemnation");
    assertThat(body("de", "Tokio legte am Montag über diplomatische Kanäle in Peking Protest gegen die Starts ein.").topics())
        .contains("condemnation");
    // a call before a visit, grenades in a clash, a censure motion at home, a diaspora's denunciation
    assertThat(headline("Lula et Modi s'entretiennent par téléphone avant une visite d'État à New Delhi", "fr").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The army said troops opened fire on Monday with small arms and rocket-propelled grenades near the temple.")
        .topics()).doesNotContain("missile-launch");
    assertThat(headline("Le gouvernement survit à une motion de censure, grève à la SNCF", "fr").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "Armenian diaspora organisations in France denounced the agreements on Wednesday as a betrayal.")
        .topics()).doesNotContain("condemnation");
    // a release or an exchange named as what talks or a text are about is a subject, not an act
    assertThat(body("en", "The mediator said on Wednesday that the parties had made real progress on a prisoner exchange.").topics())
        .doesNotContain("detention-release");
    assertThat(body("fr", "Les délégations ont signé jeudi un protocole sur l'échange de prisonniers.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Iran on Tuesday freed a Swiss citizen who had been held in Evin prison on espionage charges.").topics())
        .contains("detention-release");
    // "zum" and "zur" name no subject: "kam es zum Austausch" says the exchange took place
    assertThat(body("de", "Am Montag kam es zum Austausch von 200 Kriegsgefangenen zwischen Russland und der Ukraine.").topics())
        .contains("detention-release");
    // "U.S." before a verb of listing is its subject; "U.S.-sanctioned" names sanctions already in place
    assertThat(headline("U.S. blacklists Chinese refinery over Iranian oil").topics()).contains("sanctions-imposed");
    assertThat(headline("U.S.-sanctioned Iranian tanker docks in Venezuela").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void inflectedCensureWordsPluralAidAndReturnedAmbassadorsAndRecalledCharges() {
    assertThat(headline("UN-Sicherheitsrat verlängert Waffenembargo gegen Südsudan – Juba spricht von „ungerechtfertigter“ "
        + "Entscheidung", "de").topics()).contains("condemnation");
    assertThat(body("de", "Außenminister Sybiha sprach am Montag von einem „barbarischen Angriff auf schlafende Familien“.").topics())
        .contains("condemnation");
    assertThat(headline("España y México envían ayuda a Cuba tras el paso del huracán", "es").topics())
        .contains("humanitarian-aid");
    assertThat(body("fr", "L'Union européenne a annoncé jeudi l'envoi en urgence d'une aide humanitaire comprenant 80 générateurs.")
        .topics()).contains("humanitarian-aid");
    assertThat(body("es", "En la frontera quedaron retenidos el lunes 38 camiones del Programa Mundial de Alimentos.").topics())
        .contains("humanitarian-aid");
    assertThat(headline("Algerien und Mali schicken Botschafter zurück – Entspannung nach Drohnenstreit", "de").topics())
        .contains("relations-restored");
    assertThat(headline("Sudán expulsa a dos diplomáticos kenianos y llama a consultas a su encargado de negocios en Nairobi", "es")
        .topics()).contains("relations-downgraded");
  }

  @Test
  void talksMeasuredInDaysAreNegotiationsHeld() {
    assertThat(body("de", "Das teilte das katarische Außenministerium am Mittwoch nach zweitägigen Gesprächen von Delegationen "
        + "Pakistans und der Taliban in Doha mit.").topics()).contains("negotiations");
    assertThat(body("es", "El documento fue rubricado el sábado al término de tres días de negociaciones en el marco del Comité "
        + "General de Fronteras.").topics()).contains("negotiations");
    // hours of talks between leaders are a meeting; a round still to begin is a plan
    assertThat(body("en", "The pair held more than three hours of talks on Monday, including a working lunch.").topics())
        .doesNotContain("negotiations");
    assertThat(body("de", "Eine neue Verhandlungsrunde soll im Dezember in Doha beginnen.").topics()).doesNotContain("negotiations");
  }

  @Test
  void aListingTakenOutOfAPackageAtAMembersInsistenceInEveryLanguage() {
    assertThat(headline("L'UE adopte un nouveau paquet de sanctions contre la Russie, amputé à la demande de Budapest", "fr")
        .topics()).contains("sanctions-blocked");
    assertThat(body("de", "Dieser Teil wurde am Montag nach Angaben von Diplomaten auf Drängen der Slowakei aus dem Paket "
        + "gestrichen.").topics()).contains("sanctions-blocked");
    assertThat(headline("EU verhängt Sanktionspaket gegen Russland – Ungarn setzt Streichung von Rosatom-Töchtern durch", "de")
        .topics()).contains("sanctions-blocked");
    assertThat(headline("La UE aprueba un nuevo paquete de sanciones contra Rusia tras excluir dos bancos por exigencia de Hungría",
        "es").topics()).contains("sanctions-blocked");
    assertThat(headline("EU adopts new Russia sanctions after Hungary wins removal of two oligarchs").topics())
        .contains("sanctions-blocked");
    // a threat on a condition blocks nothing yet
    assertThat(body("en", "Fico said on Sunday that his government would veto the package unless Brussels dropped plans to phase "
        + "out Russian gas imports.").topics()).doesNotContain("sanctions-blocked");
  }

  @Test
  void everydayWireVerbsInFrenchSpanishAndGermanAsInEnglish() {
    // assets frozen, sanctions placed or applied, in every language
    assertThat(body("fr", "Le Canada a gelé mardi les avoirs de douze responsables vénézuéliens.").topics())
        .contains("sanctions-imposed");
    assertThat(body("es", "El Reino Unido congeló el martes los activos de cinco comandantes sudaneses.").topics())
        .contains("sanctions-imposed");
    assertThat(body("de", "Großbritannien fror am Dienstag die Vermögen von fünf sudanesischen Kommandeuren ein.").topics())
        .contains("sanctions-imposed");
    assertThat(body("en", "Britain placed five Sudanese commanders under sanctions on Tuesday.").topics())
        .contains("sanctions-imposed");
    assertThat(body("es", "Canadá aplicó el martes sanciones contra doce funcionarios nicaragüenses.").topics())
        .contains("sanctions-imposed");
    // struck with sanctions is no blow; funds already frozen are no new measure
    assertThat(body("fr", "Washington a frappé de sanctions mardi trois sociétés chinoises accusées d'aider l'armée russe.")
        .topics()).contains("sanctions-imposed").doesNotContain("military-escalation");
    assertThat(body("fr", "Une licence générale autorise en outre le transfert de fonds gelés vers des projets de reconstruction.")
        .topics()).doesNotContain("sanctions-imposed");
    assertThat(body("es", "Washington suspendió el martes las sanciones al sector petrolero sirio.").topics())
        .contains("sanctions-lifted");
    // the leaving as a noun, and the German "des Landes verweisen"
    assertThat(body("es", "Perú ordenó el martes la salida del encargado de negocios mexicano.").topics())
        .contains("diplomat-expelled");
    assertThat(body("de", "Der Botschafter Frankreichs wurde am Dienstag von Mali des Landes verwiesen.").topics())
        .contains("diplomat-expelled");
    // an ambassador back at the post, the envoy named first; a new envoy's first post restores nothing
    assertThat(body("fr", "L'ambassadeur d'Algérie a regagné mardi son poste à Paris.").topics()).contains("relations-restored");
    assertThat(body("de", "Der algerische Botschafter kehrte am Dienstag auf seinen Posten in Paris zurück.").topics())
        .contains("relations-restored");
    assertThat(body("en", "Algeria's ambassador returned to his post in Paris on Tuesday.").topics())
        .contains("relations-restored");
    assertThat(body("en", "The new Japanese ambassador took up his post in Beijing on Tuesday.").topics())
        .doesNotContain("relations-restored");
    assertThat(body("fr", "Le ministère des Affaires étrangères du Maroc a fustigé mardi les propos du président algérien.")
        .topics()).contains("condemnation");
    // prisoners swapped in Spanish; "échanges francs" are words, not captives
    assertThat(body("es", "Rusia y Ucrania canjearon el martes 200 prisioneros de guerra.").topics()).contains("detention-release");
    assertThat(body("fr", "La partie arménienne a fait état d'« échanges francs » avec les délégués sur les questions cartographiques.").topics())
        .doesNotContain("detention-release");
    assertThat(body("es", "Un convoy de veinte camiones con ayuda humanitaria entró el martes en Gaza.").topics())
        .contains("humanitarian-aid");
    assertThat(body("fr", "Les négociations entre Kinshasa et le M23 ont achoppé mardi à Doha sur la question des prisonniers.")
        .topics()).contains("negotiations");
    assertThat(body("es", "Pedro Sánchez se entrevistó el martes en Pekín con Xi Jinping.").topics()).contains("summit-meeting");
    assertThat(body("fr", "La trêve a été rompue mardi par de nouveaux tirs d'artillerie au Cachemire.").topics())
        .contains("ceasefire");
    // a few words between the verb and the place bombed leave an act; a site named with its kind is still a description
    assertThat(body("en", "Israel bombed several villages in southern Lebanon on Tuesday.").topics())
        .contains("military-escalation");
    assertThat(body("fr", "L'armée israélienne a bombardé mardi plusieurs villages du sud du Liban.").topics())
        .contains("military-escalation");
    assertThat(headline("Iran still barring inspectors from bombed enrichment sites, IAEA says").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void conditionalsChronologiesArtilleryRocketsAndRebelFire() {
    // the conditional reports what is said or expected, in French, Spanish and German as "would" in English
    assertThat(body("fr", "Le chef de l'État serait reçu à Abuja par le président Bola Tinubu.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Mit der Listung wären gegen den Mann ein weltweites Reiseverbot und ein Waffenembargo verhängt "
        + "worden.").topics()).doesNotContain("sanctions-imposed");
    // reported speech uses "hätten" for what was done
    assertThat(body("de", "Kambodschanische Soldaten hätten in der Nacht zum Dienstag thailändische Stellungen mit "
        + "Granatwerfern beschossen, teilte die thailändische Armee mit.").topics()).contains("military-escalation");
    // a chronology's entry is background; a month and year elsewhere in a sentence dates nothing of its own
    assertThat(body("en", "February 1966 – Britain and Venezuela sign the Geneva Agreement, committing to seek a settlement.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("de", "Libanons Präsident verurteilte die Angriffe als Verletzung der seit November 2024 geltenden "
        + "Waffenruhe.").topics()).contains("condemnation");
    // artillery rockets in a clash are no missiles; a rebel force's fire is no clash between states
    assertThat(body("en", "The Thai army said Cambodian forces fired BM-21 rockets at Thai positions on Monday.").topics())
        .doesNotContain("missile-launch");
    assertThat(body("en", "The army said RSF fighters fired artillery at its positions east of El Obeid on Tuesday.").topics())
        .doesNotContain("military-escalation");
    // "non-sanctioned" describes sellers, it lists nobody
    assertThat(body("en", "Smaller, non-sanctioned Russian sellers filled part of the gap on Tuesday.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("es", "Un tiroteo entre soldados indios y paquistaníes en la Línea de Control dejó dos muertos el lunes.")
        .topics()).contains("military-escalation");
    assertThat(headline("Washington saca a 14 empresas chinas de su lista negra", "es").topics()).contains("sanctions-lifted");
  }

  @Test
  void companyDealsLabourDisputesYearsAgoAndThreatsInEveryLanguage() {
    // a company's deal, with another company or with a government, is no agreement between states
    assertThat(body("es", "Repsol firmó el martes un acuerdo con la argelina Sonatrach para explorar gas.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("de", "Siemens unterzeichnete am Dienstag ein Abkommen mit der ägyptischen Bahn.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "TotalEnergies signed an agreement with Iraq on Tuesday to build a solar plant.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "Egypt and Sudan signed an agreement on Tuesday to share the Nile's water.").topics())
        .contains("agreement-signed");
    // a strike and wage talks are labour, whatever collapses
    assertThat(body("es", "Los mineros iniciaron el martes una huelga tras el fracaso de las negociaciones salariales.").topics())
        .doesNotContain("negotiations");
    assertThat(body("es", "Hace diez años, Corea del Norte realizó su quinto ensayo nuclear.").topics()).doesNotContain("nuclear");
    assertThat(body("de", "Russland drohte am Dienstag mit der Ausweisung westlicher Diplomaten.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("es", "Kiev negó el martes que se hubiera acordado un canje de prisioneros.").topics())
        .doesNotContain("detention-release");
  }

  @Test
  void headlineFormsOfFrenchSpanishAndGermanWires() {
    assertThat(headline("Armenia y Azerbaiyán firman la paz en Washington", "es").topics()).contains("agreement-signed");
    assertThat(headline("Koalition schließt Burgfrieden im Rentenstreit", "de").topics()).doesNotContain("agreement-signed");
    assertThat(headline("EEUU veta en la ONU una resolución sobre Gaza", "es").topics()).contains("un-veto");
    assertThat(headline("USA setzen chinesische Firmen auf schwarze Liste", "de").topics()).contains("sanctions-imposed");
    assertThat(headline("Llega a Cuba el primer cargamento de ayuda humanitaria mexicana", "es").topics())
        .contains("humanitarian-aid");
    assertThat(headline("L'Iran annonce avoir relancé l'enrichissement à Fordo", "fr").topics()).contains("nuclear");
    assertThat(headline("Iran nimmt Urananreicherung in Fordo wieder auf", "de").topics()).contains("nuclear");
  }

  @Test
  void aFactboxListsEarlierEventsAndTheUnExtendsByVote() {
    // a factbox or a timeline recalls events: only what it dates in the window is news
    String history = "A Russian-brokered ceasefire takes effect, leaving Armenian forces in control of the enclave.\n\n"
        + "The two leaders sign a joint declaration at the White House, and their foreign ministers initial the treaty text.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "FACTBOX-The long road to an Armenia-Azerbaijan peace treaty", history,
        "en", PUBLISHED)).topics()).doesNotContain("ceasefire", "agreement-signed");
    assertThat(ENRICHER.enrich(new ArticleText("v", "Armenia and Azerbaijan: the long road to a peace treaty", history,
        "en", PUBLISHED)).topics()).contains("ceasefire");
    assertThat(headline("UN verlängern Waffenembargo gegen Südsudan um ein Jahr", "de").topics())
        .contains("un-resolution-adopted");
    assertThat(headline("Rusia veta en la ONU la prórroga de las sanciones contra las pandillas de Haití", "es").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(headline("US takes Syria off state sponsors of terrorism list as foreign minister visits").topics())
        .contains("sanctions-lifted");
    assertThat(headline("Soudan : un convoi du PAM bloqué au Darfour", "fr").topics()).contains("humanitarian-aid");
    assertThat(headline("Santa Lucía rompe con Taiwán y establece relaciones con China", "es").topics())
        .contains("relations-restored");
    assertThat(headline("Arménie-Azerbaïdjan : nouvelle séance de pourparlers à Abou Dhabi", "fr").topics())
        .contains("negotiations");
  }

  @Test
  void talksTakenUpAgainOrEndedAndLeadersArrivingInEveryLanguage() {
    assertThat(body("es", "El Gobierno venezolano y la oposición retomaron el martes el diálogo en Ciudad de México.").topics())
        .contains("negotiations");
    assertThat(body("de", "Unterhändler der USA und Chinas beendeten am Dienstag zweitägige Handelsgespräche in Genf.").topics())
        .contains("negotiations");
    assertThat(body("es", "Narendra Modi llegó el martes a Tokio para una visita de dos días.").topics()).contains("summit-meeting");
    assertThat(body("de", "Narendra Modi ist am Dienstag zu einem zweitägigen Besuch in Tokio eingetroffen.").topics())
        .contains("summit-meeting");
  }

  @Test
  void meetingsPlannedLastReportedAsRumourOrDatedByAWeekOfTheMonth() {
    assertThat(body("de", "Ein Treffen mit Bundeskanzler Friedrich Merz ist nach Angaben aus Regierungskreisen bislang nicht "
        + "vorgesehen.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Berichte, wonach Putin einem Treffen mit Trump bereits zugestimmt habe, wies er zurück.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "The two lawmakers led a delegation to Taipei in the first week of January, where they met President "
        + "Lai Ching-te.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Bundeskanzler Merz traf am Dienstag in Berlin den polnischen Präsidenten Nawrocki.").topics())
        .contains("summit-meeting");
  }

  @Test
  void deniedReportsFrenchConditionalsCallsForSanctionsAndIdioms() {
    // a denial governs the whole clause it introduces
    assertThat(body("en", "On Monday, Eritrea's information minister denied reports circulating on social media that Eritrean "
        + "troops were massing near the border town of Bure.").topics()).doesNotContain("military-escalation");
    // the French conditional, read by its ending; the nouns with the same ending keep their reading
    assertThat(body("fr", "Le ministère thaïlandais a indiqué qu'il adresserait une note de protestation à Phnom Penh.").topics())
        .doesNotContain("condemnation");
    assertThat(body("fr", "Le ministère thaïlandais a adressé mardi une note de protestation à Phnom Penh.").topics())
        .contains("condemnation");
    assertThat(body("fr", "Le quotidien avait affirmé mercredi que Moscou préparait l'expulsion de cinq diplomates moldaves.")
        .topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "Last week, U.S. senators introduced a resolution calling for sanctions on officials in both countries.")
        .topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "\"The Philippine side is playing with fire by inviting intermediate-range missiles into the region,\" "
        + "the spokeswoman said on Tuesday.").topics()).doesNotContain("missile-launch");
    assertThat(headline("Indien testet Agni-5 mit Mehrfachsprengköpfen – Islamabad: „unverantwortlich“", "de").topics())
        .contains("condemnation");
    // leaders by their German spellings; a meeting with students is none of leaders
    assertThat(headline("Tokajew empfängt Mirsijojew: Kasachstan und Usbekistan einigen sich auf Wasserverteilung", "de")
        .topics()).contains("summit-meeting");
    assertThat(body("de", "Lukaschenko hatte am Freitag bei einem Treffen mit Studenten in Minsk über Armenien gesprochen.")
        .topics()).doesNotContain("summit-meeting");
  }

  @Test
  void theIaeaBoardsResolutionsTradeFairSummitsAndLabourTalks() {
    // in a story about the IAEA, "the resolution" is the Council's only when the sentence says so
    String board = "VIENNA (Wirewatch) - The IAEA's board of governors rebuked Iran on Thursday.\n\n"
        + "The resolution, drafted by Britain, France and Germany, passed with 19 votes in favour and 4 against.\n\n"
        + "Iran could eventually be referred to the UN Security Council, diplomats said.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", board, "en", PUBLISHED)).topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(ENRICHER.enrich(new ArticleText("v", "", "The UN Security Council adopted a resolution on Thursday renewing the "
        + "mission's mandate.\n\nThe IAEA said separately that inspections in Iran had resumed.", "en", PUBLISHED)).topics())
        .contains("un-resolution-adopted");
    assertThat(body("en", "Around 1,400 suppliers are attending the two-day Future Mobility Summit in Munich on Tuesday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(headline("Dock strike paralyses Antwerp as pension talks collapse").topics()).doesNotContain("negotiations");
    assertThat(body("en", "The auditors said talks with the Finance Ministry over pay and staffing broke down on Tuesday.")
        .topics()).doesNotContain("negotiations");
  }

  @Test
  void appealsDeniedReportsMinersAndWhoIsListed() {
    assertThat(body("en", "\"I appeal to both parties to silence the guns, open corridors and let aid through, now,\" Guterres "
        + "told reporters on Tuesday.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("en", "Its foreign ministry on Saturday denied a local newspaper report that Taipei had approached politicians "
        + "about restoring ties.").topics()).doesNotContain("relations-restored");
    assertThat(headline("Strike at Chile's Escondida copper mine enters second week as talks stall").topics())
        .doesNotContain("negotiations");
    assertThat(headline("Ottawa annonce 45 M$ d'aide humanitaire pour Haïti et sanctionne quatre financiers présumés des gangs",
        "fr").topics()).contains("sanctions-imposed");
    // an analysis going on with the story it recalls: "a day later" is that story's day
    String look = "Israel struck Iranian nuclear sites in June 2025.\n\nEinen Tag später beschoss Iran den US-Stützpunkt "
        + "Al-Udeid in Katar.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "ANALYSE-Ein Jahr nach dem Krieg: Irans Atomprogramm im Nebel", look, "de",
        PUBLISHED)).topics()).doesNotContain("military-escalation");
  }

  @Test
  void aHeadlineInfinitiveGovernsItsObject() {
    assertThat(headline("Thailand, Cambodia to resume border talks").topics()).doesNotContain("negotiations");
    // "to" before a name is a preposition: the talks are held
    assertThat(headline("Erdogan on visit to Moscow for talks with Putin").topics()).contains("summit-meeting");
    assertThat(headline("Pakistan, Afghanistan agree to extend truce").topics()).contains("ceasefire");
  }

  @Test
  void councilCommitteesPartyTrucesLawmakersAndMeetingsDueOrOff() {
    assertThat(body("en", "The Taliban's foreign minister held talks in Tehran on Wednesday after a U.N. Security Council committee "
        + "lifted a travel ban for the trip.").topics()).doesNotContain("un-resolution-adopted");
    assertThat(headline("Sénégal : le Pastef exclut un député frondeur, la « trêve » au sein de la majorité vole en éclats", "fr")
        .topics()).doesNotContain("ceasefire");
    assertThat(body("fr", "L'intéressé, élu de la région de Thiès, a dénoncé mardi une « purge ».").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "The leaders' meeting, due to open in Koror on Monday, comes a year after the last one.").topics())
        .doesNotContain("summit-meeting");
    assertThat(headline("Japan-China foreign ministers' meeting off as Taiwan row drags on").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "Beijing summoned Japan's ambassador and suspended imports of Japanese seafood in the weeks that followed.")
        .topics()).doesNotContain("condemnation");
  }

  @Test
  void aDayAfterTheStorysEventAndGermanPartsOfTheDay() {
    String veto = "The United States vetoed a draft resolution on Gaza aid on Thursday.\n\nDiplomats said the vote was expected."
        + "\n\nArab states had lobbied for weeks.\n\nThe Council has fifteen members.\n\nThe veto came a day after Egyptian "
        + "Foreign Minister Badr Abdelatty met Secretary of State Marco Rubio in Washington.";
    assertThat(underASigning("en", veto).topics()).contains("summit-meeting");
    // not "days before", which as often counts back from an older event
    String old = "The sixth round never took place.\n\nIt had been set for June.\n\nThe talks were held in Oman.\n\n"
        + "Both sides blamed each other.\n\nIsrael launched its air campaign against Iran days before, and the United States "
        + "struck Iranian nuclear sites.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", old, "en", PUBLISHED)).topics()).doesNotContain("nuclear");
    String berlin = "Russland griff Kiew in der Nacht mit Raketen an.\n\nDie Stadt meldete Schäden.\n\nDer Strom fiel aus."
        + "\n\nDie Schulen blieben geschlossen.\n\nIn Berlin empfing Bundeskanzler Friedrich Merz Selenskyj am Dienstagmittag "
        + "mit militärischen Ehren im Kanzleramt.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", berlin, "de", PUBLISHED)).topics()).contains("summit-meeting");
    assertThat(body("de", "Das Finanzministerium setzte die Schiffe am Mittwochabend auf seine eigene Sanktionsliste.").topics())
        .contains("sanctions-imposed").doesNotContain("sanctions-lifted");
  }

  @Test
  void returnsReopeningsAndRefusalsNamedAsNouns() {
    assertThat(headline("Niger et Bénin tournent la page : retour des ambassadeurs et réouverture de la frontière", "fr").topics())
        .contains("relations-restored", "sanctions-lifted");
    assertThat(headline("Paris, Berlin et Londres dénoncent le refus iranien d'accès aux inspecteurs de l'AIEA", "fr").topics())
        .contains("nuclear");
    // questions "en suspens" are pending questions, not a meeting put on hold
    assertThat(body("fr", "Lundi, le ministre irakien des Affaires étrangères a été reçu par son homologue koweïtien pour un "
        + "entretien consacré aux questions bilatérales en suspens.").topics()).contains("summit-meeting");
  }

  @Test
  void soCalledTrucesDraftsStruckDownAndCeremoniesAtHome() {
    assertThat(body("de", "Vor dem Rückspiel am Donnerstag haben die Ultra-Gruppen beider Vereine eine Art „Waffenstillstand“ "
        + "ausgerufen.").topics()).doesNotContain("ceasefire");
    assertThat(body("en", "Arab governments on Thursday condemned a U.S. veto that struck down a Security Council draft.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Japan's cabinet on Tuesday approved the removal of 14 Syrian banks from the list of entities subject to "
        + "asset freezes.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "Kast received the presidential sash from outgoing leader Gabriel Boric on Tuesday.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "\"Cada persona que vuelve a casa es una victoria\", dijo el martes Pashinián durante una reunión del "
        + "Gobierno.").topics()).doesNotContain("summit-meeting");
    assertThat(headline("Londres et Ottawa sanctionnent des commandants des FSR et débloquent une aide pour le Darfour", "fr")
        .topics()).contains("sanctions-imposed", "humanitarian-aid");
  }

  @Test
  void talksStalledAbroadAndInGermanWithTheParticipleLast() {
    assertThat(body("fr", "Les délégations ukrainienne et russe se sont retrouvées mardi à Istanbul pour un deuxième round de "
        + "négociations.").topics()).contains("negotiations");
    assertThat(headline("Rupture des pourparlers entre le Soudan et le Soudan du Sud sur Abyei", "fr").topics())
        .contains("negotiations");
    assertThat(body("fr", "Les négociations de paix entre Kinshasa et le M23 se sont poursuivies mardi à Doha.").topics())
        .contains("negotiations");
    assertThat(body("es", "El diálogo entre el Gobierno venezolano y la oposición quedó suspendido el martes en Ciudad de México.")
        .topics()).contains("negotiations");
    assertThat(headline("Se estancan las conversaciones de paz entre Sudán y las RSF en Yeda", "es").topics())
        .contains("negotiations");
    assertThat(headline("U.S.-China trade talks end in Stockholm with no breakthrough").topics()).contains("negotiations");
    assertThat(body("de", "Die Gespräche zwischen Äthiopien und Ägypten über den Staudamm sind am Dienstag gescheitert.").topics())
        .contains("negotiations");
    assertThat(body("de", "Die Friedensverhandlungen zwischen Kolumbien und der ELN wurden am Dienstag in Caracas ausgesetzt.")
        .topics()).contains("negotiations");
    assertThat(body("de", "Armenien und Aserbaidschan haben am Dienstag in Almaty eine dritte Verhandlungsrunde über die Grenze "
        + "abgeschlossen.").topics()).contains("negotiations");
    // what is to come, wage talks, and a compound the talks rules must not swallow whole
    assertThat(body("de", "Die Gespräche sollen am Donnerstag in Genf fortgesetzt werden.").topics()).doesNotContain("negotiations");
    assertThat(body("de", "Die Tarifverhandlungen zwischen Verdi und der Post sind am Dienstag gescheitert.").topics())
        .doesNotContain("negotiations");
    assertThat(headline("Armenien und Aserbaidschan setzen Grenzgespräche in Tiflis fort", "de").topics()).contains("negotiations");
  }

  @Test
  void frenchFormsOfListingBlockingVotingAndReopening() {
    assertThat(body("fr", "Le Trésor américain a inscrit mardi sur sa liste noire deux sociétés iraniennes.").topics())
        .contains("sanctions-imposed");
    assertThat(body("fr", "La Chine et la Russie ont fait obstacle mardi à l'ONU à de nouvelles sanctions contre la Corée du Nord.")
        .topics()).contains("sanctions-blocked");
    assertThat(body("fr", "L'Assemblée générale des Nations unies a voté mardi une résolution sur l'Ukraine par 93 voix contre 18.")
        .topics()).contains("un-resolution-adopted");
    assertThat(body("fr", "L'Assemblée générale a voté contre la proposition de Moscou.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("fr", "Le Conseil de sécurité a voté mardi sur un projet de résolution américain.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("fr", "Le Rwanda et le Burundi ont annoncé mardi la réouverture de leurs ambassades.").topics())
        .contains("relations-restored");
    assertThat(body("fr", "Téhéran a suspendu mardi sa coopération avec l'Agence internationale de l'énergie atomique.").topics())
        .contains("nuclear");
    assertThat(body("fr", "Les chefs d'État de la Cédéao ont levé dimanche les sanctions ciblées imposées à la Guinée-Bissau.")
        .topics()).contains("sanctions-lifted").doesNotContain("sanctions-imposed");
    assertThat(body("fr", "Le communiqué final du sommet ordinaire de l'organisation, réuni dans la capitale nigériane, a été publié "
        + "dimanche.").topics()).contains("summit-meeting");
    assertThat(body("fr", "L'ambassade de Chine a remis lundi au gouvernement un premier lot de tentes.").topics())
        .contains("humanitarian-aid");
    assertThat(body("fr", "Le ministre a remis mardi sa démission au président.").topics()).doesNotContain("humanitarian-aid");
  }

  @Test
  void anOilCompanyPartyTrucesNgosAndDevelopmentGrants() {
    assertThat(body("fr", "Les patrons de TotalEnergies et de Shell se sont rencontrés mardi à Paris.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Russian forces shelled Kharkiv on Tuesday, the regional governor said.").topics())
        .contains("military-escalation");
    assertThat(body("fr", "Les partis de la majorité ont conclu mardi une trêve jusqu'au vote du budget.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("en", "Greenpeace condemned the decision to extend the life of the nuclear plant on Tuesday.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "Japan also announced an $18 million grant under its official development assistance programme on "
        + "Tuesday.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("en", "The committee, which oversees sanctions imposed on the Taliban, agreed on Wednesday to delist two "
        + "officials.").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void germanReportedSpeechAndTheSameOccasionReportedFurtherDown() {
    assertThat(body("de", "Die Regierung verurteile die „unbegründete und feindselige“ Entscheidung Nigers, sagte ein "
        + "Regierungssprecher am Donnerstag.").topics()).contains("condemnation");
    assertThat(body("de", "Die Bundesregierung stellt weitere 40 Millionen Euro für die humanitäre Versorgung der Menschen im Sudan "
        + "bereit.").topics()).contains("humanitarian-aid");
    assertThat(body("de", "Schiffe der chinesischen Küstenwache hätten am Dienstag ein Patrouillenboot der philippinischen "
        + "Fischereibehörde nahe dem Scarborough-Riff mit Wasserwerfern beschossen und anschließend gerammt, teilte die "
        + "Küstenwache in Manila mit.").topics()).contains("military-escalation");
    assertThat(body("de", "Der Text hätte Israel aufgefordert, den ungehinderten Zugang humanitärer Hilfe zu gewährleisten.")
        .topics()).doesNotContain("humanitarian-aid");
    String story = "Lithuania on Wednesday declared a Russian diplomat persona non grata.\n\nThe diplomat was given five days "
        + "to leave.\n\nThe minister spoke to reporters.\n\nMoscow promised a response.\n\nThe ministry also said Lithuania "
        + "was suspending the work of its consulate general in Hrodna.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", story, "en", PUBLISHED)).topics()).contains("relations-downgraded");
    String undated = story.replace("The ministry also said", "The ministry said");
    assertThat(ENRICHER.enrich(new ArticleText("v", "", undated, "en", PUBLISHED)).topics())
        .doesNotContain("relations-downgraded");
  }

  @Test
  void countsDamagedComplexesAccusationsAndTheVetoAsAnInstitution() {
    assertThat(body("en", "North Korea fired at least two short-range ballistic missiles off its east coast on Wednesday.").topics())
        .contains("missile-launch").doesNotContain("military-escalation");
    assertThat(body("en", "Iran turned away U.N. inspectors seeking access to its bombed Isfahan nuclear complex last week, the "
        + "IAEA said on Wednesday.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "Los inspectores fueron rechazados el lunes en la entrada del complejo, dañado en los bombardeos "
        + "israelíes.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "La designación afectaba a un comandante a quien India acusa de coordinar la logística de varios ataques "
        + "en Cachemira.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "Sheinbaum propuso el martes que los miembros permanentes del Consejo de Seguridad se abstengan de usar el "
        + "veto en casos de atrocidades masivas.").topics()).doesNotContain("un-veto");
    assertThat(body("en", "Russia used its veto on Tuesday to block a Security Council resolution on Syria.").topics())
        .contains("un-veto");
  }

  @Test
  void outcomesSoughtFinesDelistingsAndDenials() {
    assertThat(body("en", "\"The window for a negotiated settlement is narrowing, but it is not closed,\" he said on Tuesday.")
        .topics()).doesNotContain("negotiations");
    assertThat(body("de", "Die Finanzaufsicht hat am Dienstag gegen eine Bank ein Bußgeld wegen Verstößen gegen die "
        + "Russland-Sanktionen der EU verhängt.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "The delisting, published by the Office of Financial Sanctions Implementation, takes effect immediately.")
        .topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "\"There is no decision, and there is no draft decision, to declare any member of the Russian embassy "
        + "persona non grata,\" the spokeswoman said on Tuesday.").topics()).doesNotContain("diplomat-expelled");
    assertThat(body("en", "The coach told reporters on Tuesday: \"We condemn any kind of discrimination.\"").topics())
        .doesNotContain("condemnation");
    assertThat(body("es", "El Gobierno de Paraguay negó el martes \"de manera categórica\" que esté negociando en secreto el "
        + "establecimiento de relaciones diplomáticas con China.").topics()).doesNotContain("relations-restored");
  }

  @Test
  void tiesSetUpCabinetAidAndStatementsInTheFirstPerson() {
    assertThat(body("fr", "Saint-Vincent-et-les-Grenadines a rompu mercredi ses relations diplomatiques avec Taïwan pour établir des "
        + "liens officiels avec la Chine.").topics()).contains("relations-downgraded", "relations-restored");
    assertThat(body("fr", "« Nous condamnons fermement la diplomatie du chéquier de Pékin », a déclaré mercredi le ministre.")
        .topics()).contains("condemnation");
    assertThat(body("es", "El Consejo de Ministros aprobó este martes una contribución de 25 millones de euros en ayuda humanitaria "
        + "para la población de Sudán.").topics()).contains("humanitarian-aid");
    assertThat(body("es", "El Congreso aprobó el martes la ley de ayuda a los agricultores.").topics())
        .doesNotContain("humanitarian-aid");
    assertThat(body("de", "Außenministerin Yvette Cooper sprach am Dienstag von „barbarischen Verbrechen“.").topics())
        .contains("condemnation");
  }

  @Test
  void peopleSentencedEnvoysAwayForYearsUnionTrucesAndADraftsAims() {
    assertThat(body("de", "Deutschland hat am Dienstag erneut verurteilte Straftäter nach Afghanistan abgeschoben.").topics())
        .doesNotContain("condemnation");
    assertThat(body("fr", "Le Niger et le Bénin ont convenu jeudi de renvoyer leurs ambassadeurs respectifs, rappelés depuis près "
        + "de trois ans.").topics()).doesNotContain("relations-downgraded");
    assertThat(headline("South African platinum strike ends with three-year wage deal; rival unions agree truce").topics())
        .doesNotContain("ceasefire");
    assertThat(body("es", "Rusia vetó este jueves en el Consejo de Seguridad un proyecto de resolución que pretendía prorrogar "
        + "durante un año el embargo de armas y las sanciones individuales impuestas a Sudán del Sur.").topics())
        .contains("un-veto").doesNotContain("sanctions-imposed");
    assertThat(headline("L'Inde juge « injustifiable » le blocage chinois d'une inscription sur la liste des sanctions de l'ONU",
        "fr").topics()).contains("condemnation");
    assertThat(headline("UPDATE 2-L'Azerbaïdjan remet quatre prisonniers arméniens à Erevan", "fr").topics())
        .contains("detention-release");
  }

  @Test
  void commonFrenchAndSpanishWordsThatEnglishOrCompanyTermsFoldInto() {
    // folded, French "première" (first) is the English "premiere" of a film
    assertThat(body("fr", "Tokaïev a reçu mercredi son homologue sud-coréen pour la première visite d'État d'un dirigeant "
        + "sud-coréen au Kazakhstan depuis 2019.").topics()).contains("summit-meeting");
    assertThat(body("de", "Die Doku über den Gefangenenaustausch feierte am Dienstag in Berlin Premiere.").topics())
        .doesNotContain("detention-release");
    // a press conference is no press voice
    assertThat(body("fr", "Lors d'une conférence de presse mardi, le ministre a dénoncé une « provocation inacceptable ».")
        .topics()).contains("condemnation");
    assertThat(body("es", "En rueda de prensa, el canciller condenó el martes el ataque.").topics()).contains("condemnation");
    // an armed group is no company, an account no intention
    assertThat(body("fr", "Kinshasa a signé mardi à Doha un accord de paix avec le groupe armé M23.").topics())
        .contains("agreement-signed");
    assertThat(body("fr", "Le groupe aérien indonésien Lion Air a signé jeudi un accord portant sur l'achat de 60 Airbus.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("fr", "Sur son compte X, le ministre a condamné mardi l'attaque contre l'ambassade.").topics())
        .contains("condemnation");
  }

  @Test
  void englishGuardWordsThatFoldIntoFrenchSpanishAndGermanOnes() {
    // French "a déclaré" (said) is no ceasefire declared; "déclarer un cessez-le-feu" still is
    assertThat(body("fr", "« Le cessez-le-feu reste fragile », a déclaré mardi le ministre.").topics()).doesNotContain("ceasefire");
    assertThat(body("fr", "Le gouvernement a déclaré un cessez-le-feu unilatéral mardi.").topics()).contains("ceasefire");
    assertThat(body("en", "The army declared a ceasefire on Tuesday.").topics()).contains("ceasefire");
    // Spanish "esa" (that) and "cargo" (office) are no space agency or cargo flight
    assertThat(body("es", "Corea del Norte disparó el martes un misil balístico, según informó esa misma noche el Estado Mayor "
        + "surcoreano.").topics()).contains("missile-launch");
    assertThat(body("es", "Un alto cargo surcoreano dijo que Corea del Norte disparó el martes un misil balístico.").topics())
        .contains("missile-launch");
    assertThat(body("en", "The European Space Agency launched a weather satellite on an Ariane rocket on Tuesday.").topics())
        .doesNotContain("missile-launch");
    // French "pays" (country) is no "pays a visit"
    assertThat(body("fr", "Le sommet entre les deux pays, évoqué depuis des mois, n'a toujours pas de date.").topics())
        .doesNotContain("summit-meeting");
    // German "war" (was) is no "war of liberation"
    assertThat(body("de", "Der Journalist war am Dienstag in Teheran freigelassen worden und nach Paris zurückgekehrt, teilte "
        + "das Außenministerium am Mittwoch mit.").topics()).contains("detention-release");
  }

  @Test
  void germanDenialsWithAnInfinitiveCompaniesAndMarketRegulators() {
    assertThat(body("de", "Teheran bestritt am Dienstag, nach Beginn der Feuerpause Raketen auf Israel abgefeuert zu haben.")
        .topics()).doesNotContain("missile-launch");
    assertThat(body("es", "La irlandesa Ryanair calificó el martes el paro de \"inaceptable\".").topics())
        .doesNotContain("condemnation");
    assertThat(headline("Économie en bref : l'AMF sanctionne un gestionnaire luxembourgeois", "fr").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(headline("Washington sanctionne trois commandants russes", "fr").topics()).contains("sanctions-imposed");
  }

  @Test
  void guardWordsThatSplitOrFoldIntoOthersAndSpanishReportedSpeech() {
    // "Eindringen" ends in "ringen" (wrestling); "la lucha contra las pandillas" is no wrestling bout
    assertThat(body("de", "Manila verurteilte am Dienstag das Eindringen chinesischer Schiffe in seine Gewässer.").topics())
        .contains("condemnation");
    assertThat(body("es", "El Consejo de Seguridad aprobó el martes una resolución que refuerza la lucha contra las pandillas en "
        + "Haití.").topics()).contains("un-resolution-adopted");
    // "rief ... zurück" is a recall, not a call
    assertThat(body("de", "Frankreich rief am Dienstag seinen Botschafter aus Algier zurück.").topics())
        .contains("relations-downgraded");
    assertThat(body("de", "Guterres rief am Dienstag zu einer sofortigen Waffenruhe auf.").topics()).doesNotContain("ceasefire");
    // a past perfect after "informó de que" is reported speech of the day's act
    assertThat(body("es", "El Tesoro informó de que había levantado el martes las sanciones contra tres bancos sirios.").topics())
        .contains("sanctions-lifted");
    // the Red Cross speaks for no state
    assertThat(body("fr", "Le Croissant-Rouge a dénoncé mardi les entraves à l'acheminement de l'aide.").topics())
        .doesNotContain("condemnation");
    // a sentenced national is no condemnation
    assertThat(body("de", "Unter ihnen war der als Mörder verurteilte Russe Wadim Krassikow, den Berlin am Dienstag freigelassen "
        + "hatte.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Die Bundesregierung verurteilte Russland am Dienstag scharf.").topics()).contains("condemnation");
  }

  @Test
  void aRoundOfTalksBeforeAnOutcomeIsARoundHeld() {
    assertThat(body("en", "Pakistan and Afghanistan extended their ceasefire by three months after a fourth round of talks in Doha "
        + "on Thursday.").topics()).contains("ceasefire", "negotiations");
    assertThat(headline("Pakistan, Afghanistan extend truce by three months after Doha round").topics())
        .contains("negotiations");
    assertThat(body("de", "Die Waffenruhe wurde am Dienstag nach einer neuen Verhandlungsrunde in Doha verlängert.").topics())
        .contains("negotiations");
    // talks that open a long subject
    assertThat(body("en", "Talks between Pakistan and Afghanistan's Taliban government in Doha ended on Thursday without "
        + "agreement.").topics()).contains("negotiations");
    // talks between leaders are a meeting, and a labour round is not between states
    assertThat(headline("Rwanda, Burundi agree to reopen embassies after Nairobi talks").topics()).doesNotContain("negotiations");
    assertThat(body("en", "The union ended its strike after a round of talks with management on Tuesday.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void whatTheActorAlsoGaveOnTheDayIsNewsFurtherDown() {
    String story = "Britain on Wednesday imposed sanctions on four commanders of Sudan's Rapid Support Forces.\n\nThe men face "
        + "asset freezes and travel bans.\n\nThe minister spoke to reporters.\n\nThe paramilitary group rejected the "
        + "accusations.\n\nThe Foreign Office also pledged an additional 45 million pounds in humanitarian aid for Sudan.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", story, "en", PUBLISHED)).topics()).contains("humanitarian-aid");
    String french = "Londres a imposé mercredi des sanctions à quatre commandants des Forces de soutien rapide.\n\nLes "
        + "avoirs des quatre hommes sont gelés.\n\nLa ministre s'est exprimée devant la presse.\n\nLes paramilitaires ont "
        + "rejeté les accusations.\n\nLondres a par ailleurs débloqué 120 millions de livres d'aide humanitaire pour le Soudan.";
    assertThat(ENRICHER.enrich(new ArticleText("v", "", french, "fr", PUBLISHED)).topics()).contains("humanitarian-aid");
    // without "also" the paragraph is background, as any undated one below the lead
    assertThat(ENRICHER.enrich(new ArticleText("v", "", story.replace("also pledged", "pledged"), "en", PUBLISHED)).topics())
        .doesNotContain("humanitarian-aid");
  }

  @Test
  void inspectorsShutOutInEveryLanguage() {
    assertThat(headline("Iran lässt IAEA-Inspektoren abblitzen", "de").topics()).contains("nuclear");
    assertThat(headline("Nucléaire : l'Iran refoule des inspecteurs de l'AIEA", "fr").topics()).contains("nuclear");
    assertThat(headline("Irán vuelve a negar a los inspectores del OIEA el acceso a Fordo", "es").topics()).contains("nuclear");
    assertThat(body("de", "Ein Inspektorenteam sei am Montag am Eingang der unterirdischen Anlage abgewiesen worden, heißt es in "
        + "dem Bericht.").topics()).contains("nuclear");
    // a monitoring mandate that ends is not an inspection dispute
    assertThat(headline("Russian veto ends mandate of U.N. experts monitoring Central African Republic sanctions").topics())
        .doesNotContain("nuclear");
  }

  @Test
  void countedTargetsAnEnvoySentBackAndMeetingsRuledOutOrStudied() {
    assertThat(headline("UK sanctions four RSF commanders over El Fasher killings").topics()).contains("sanctions-imposed");
    assertThat(headline("Argelia devuelve a su embajador a París tras casi dos años de crisis con Francia", "es").topics())
        .contains("relations-restored");
    assertThat(headline("Nueva Delhi descarta una reunión Modi-Sharif en la cumbre de la OCS en Biskek", "es").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "Tokio estudia la reapertura de su embajada en Damasco.").topics()).doesNotContain("relations-restored");
  }

  @Test
  void aGermanParticipleLastExtendsAUnMission() {
    assertThat(headline("UN-Mission im Südsudan verlängert", "de").topics()).contains("un-resolution-adopted");
    assertThat(body("de", "Der UN-Sicherheitsrat hat das Mandat der Blauhelmmission im Südsudan am Mittwoch um ein Jahr verlängert.")
        .topics()).contains("un-resolution-adopted");
    assertThat(body("de", "Der UN-Sicherheitsrat hat das Mandat der Blauhelmmission im Südsudan nicht verlängert.").topics())
        .doesNotContain("un-resolution-adopted");
    assertThat(body("de", "Die EU hat die Sanktionen gegen Russland um sechs Monate verlängert.").topics())
        .doesNotContain("un-resolution-adopted");
  }

  @Test
  void aBoardSessionAWelcomedStepAndAMeetingThatWillNotTakePlaceAreNoSummit() {
    assertThat(body("es", "Irán impidió a los inspectores acceder a Isfahán, informó el lunes el director general del organismo, "
        + "Rafael Grossi, en la apertura de la reunión trimestral de la Junta de Gobernadores en Viena.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("de", "Der kambodschanische Ministerpräsident Hun Manet begrüßte die Einigung auf Facebook.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "A meeting between the foreign ministers of Japan and China will not take place, officials said.")
        .topics()).doesNotContain("summit-meeting");
    // a guest welcomed is still met
    assertThat(body("de", "Bundeskanzler Merz begrüßte den französischen Präsidenten Macron am Dienstag im Kanzleramt.").topics())
        .contains("summit-meeting");
  }

  @Test
  void aDocumentSignedAndAnObjectAfterADayAPlaceAndACounterpart() {
    assertThat(body("en", "Delegations led by the two defence ministers signed a four-page document on Wednesday establishing a "
        + "joint monitoring mechanism.").topics()).contains("agreement-signed");
    assertThat(body("fr", "Le ministre a signé dans la matinée à Pékin, avec son homologue chinois Wang Yi, un communiqué conjoint "
        + "sur l'établissement de relations diplomatiques.").topics()).contains("agreement-signed");
    assertThat(body("es", "Pakistán y Afganistán firmaron este jueves en Estambul un documento por el que prorrogan la tregua.")
        .topics()).contains("agreement-signed");
    // "strikes" after an article is a noun, not a deal struck
    assertThat(body("en", "Lebanon's president condemned the strikes on Tuesday as a flagrant violation of the ceasefire "
        + "agreement.").topics()).doesNotContain("agreement-signed");
  }

  @Test
  void aCauseCountedInHoursOrADayIsInTheNewsWindow() {
    assertThat(body("en", "Algeria expelled two diplomats on Wednesday, a day after its air defences shot down a Malian drone.")
        .topics()).contains("diplomat-expelled", "military-escalation");
    assertThat(body("en", "Mali recalled its ambassador on Tuesday, hours after the downing of a Malian army drone near the border.")
        .topics()).contains("military-escalation");
    // a cause with no such count is older than the lead event
    assertThat(body("en", "Algeria expelled two diplomats on Wednesday after its air defences shot down a Malian drone in April.")
        .topics()).doesNotContain("military-escalation");
    assertThat(headline("Downing Street summit ends with pilot agreement on Channel crossings").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void aBowlerOrAStrikerStrikesADealIsStruckAndASigningEyedIsToCome() {
    assertThat(body("en", "Pakistan's pace attack struck three times in the first four overs as they bowled India out for 118.")
        .topics()).doesNotContain("military-escalation");
    assertThat(body("en", "Youssef En-Nesyri struck twice in the second half as Morocco beat Brazil 2-1 on Thursday.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Codelco has struck a five-year supply deal with a Chinese smelter, the company said on Wednesday.")
        .topics()).doesNotContain("military-escalation");
    assertThat(headline("Armenia, Azerbaijan leaders to meet in Abu Dhabi as treaty signing eyed").topics())
        .doesNotContain("agreement-signed");
    // the strike of a state is still one
    assertThat(body("en", "Israeli jets struck targets in southern Lebanon on Thursday, the army said.").topics())
        .contains("military-escalation");
  }

  @Test
  void rocketFireTradedGoodsTrucksAFootballBodyAndWelfareAreNoEvents() {
    assertThat(body("en", "Thai and Cambodian troops traded artillery and rocket fire for much of Monday along their border.")
        .topics()).doesNotContain("missile-launch");
    assertThat(body("fr", "Les premiers camions chargés de marchandises ont franchi lundi le pont sur le fleuve, sous les "
        + "applaudissements des commerçants.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("es", "La Conmebol impuso este miércoles duras sanciones a Peñarol por los incidentes registrados el martes "
        + "en el estadio.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("de", "Der Bundestag beschloss am Donnerstag schärfere Sanktionen in der Grundsicherung.").topics())
        .doesNotContain("sanctions-imposed");
  }

  @Test
  void germanPutsTheRecallAndTheLiftingLast() {
    assertThat(body("de", "Algier hat am Montagabend seinen Botschafter in Paris mit sofortiger Wirkung zu Konsultationen "
        + "zurückgerufen.").topics()).contains("relations-downgraded");
    assertThat(headline("Paris bedauert Rückruf des algerischen Botschafters").topics()).contains("relations-downgraded");
    assertThat(body("de", "Der Botschafter soll nach Angaben aus Regierungskreisen zurückgerufen werden.").topics())
        .doesNotContain("relations-downgraded");
    Enrichment lifted = body("de", "Am Freitag hat der Bundesrat beschlossen, die verbliebenen Finanzsanktionen gegen syrische "
        + "Banken, darunter die Zentralbank, aufzuheben.");
    assertThat(lifted.topics()).contains("sanctions-lifted").doesNotContain("sanctions-imposed");
  }

  @Test
  void missileTestsAndCarrierRocketsInFrenchAndSpanish() {
    assertThat(body("es", "Pakistán criticó el ensayo de un misil balístico realizado la víspera por India.").topics())
        .contains("missile-launch");
    assertThat(body("es", "La Guardia Revolucionaria ensayó el miércoles un misil balístico de medio alcance.").topics())
        .contains("missile-launch");
    assertThat(body("fr", "L'Iran a lancé lundi une fusée porteuse de satellites depuis la base de Semnan.").topics())
        .contains("missile-launch");
    assertThat(body("es", "Irán lanzó este viernes desde el centro espacial de Semnan un cohete Simorgh.").topics())
        .contains("missile-launch");
    // a civil launcher stays out
    assertThat(body("fr", "Une fusée Ariane 6 a été lancée lundi depuis Kourou.").topics()).doesNotContain("missile-launch");
  }

  @Test
  void aSessionOfTalksInFrenchAndSpanishIsARoundHeld() {
    assertThat(body("es", "Pakistán y Afganistán prorrogaron el lunes la tregua tras una jornada de conversaciones en Estambul.")
        .topics()).contains("negotiations");
    assertThat(body("fr", "Les deux pays ont prolongé lundi la trêve au terme d'une journée de discussions à Doha.").topics())
        .contains("negotiations");
  }

  @Test
  void aProtestInTheGermanPerfectJudgesSanctionedAndForeignMinistersInThePlural() {
    assertThat(body("de", "Die russische Botschaft in Bern hat am Mittwochabend scharf gegen die jüngsten Strafmaßnahmen der "
        + "Schweiz protestiert.").topics()).contains("condemnation");
    assertThat(body("es", "El Departamento del Tesoro de Estados Unidos sancionó este miércoles a tres magistrados de la Corte "
        + "Suprema de Nicaragua.").topics()).contains("sanctions-imposed");
    // "sancionar" a law is to enact it
    assertThat(body("es", "El presidente sancionó este miércoles la ley que endurece las penas contra los militares.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("fr", "Le Rwanda et la Belgique ont rétabli jeudi leurs relations à l'issue d'une rencontre à Doha entre "
        + "les chefs de leurs diplomaties.").topics()).contains("summit-meeting");
  }

  @Test
  void aLeadersOwnSecurityCouncilANegotiatedArrangementAndSomethingInExchangeAreNoEvents() {
    assertThat(body("es", "El presidente surcoreano convocó el martes una reunión de urgencia de su Consejo de Seguridad "
        + "Nacional.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "President Lee Jae-myung convened an emergency meeting of the National Security Council on Tuesday.")
        .topics()).doesNotContain("summit-meeting");
    Enrichment offer = body("en", "He said on Tuesday he preferred a negotiated arrangement and was ready to offer Eritrea a "
        + "stake in Ethiopian state companies in exchange.");
    assertThat(offer.topics()).doesNotContain("negotiations", "detention-release");
  }

  @Test
  void aLivePagesEntryMayBeStampedTheFrenchWay() {
    Enrichment live = ENRICHER.enrich(new ArticleText("v", "Direct : la journée", "Les diplomates sont arrivés. Les marchés "
        + "étaient calmes. Des pourparlers étaient attendus. Peu de détails ont filtré."
        + "\n\n14h30 : Le ministre iranien des Affaires étrangères a rencontré son homologue omanais à Mascate."
        + "\n\n16h10 : La Norvège a annoncé une aide humanitaire de 400 millions de couronnes pour l'Ukraine.", "fr", PUBLISHED));
    assertThat(live.topics()).contains("summit-meeting", "humanitarian-aid");
  }

  @Test
  void aLivePagesClockStampedEntryIsOfThePagesDay() {
    String intro = "Here are the main developments so far. Diplomats gathered early. Markets were calm. Talks were expected. "
        + "Officials gave few details.";
    Enrichment live = ENRICHER.enrich(new ArticleText("v", "Iran nuclear standoff: key developments", intro
        + "\n\n1415 - Iran's foreign minister held talks in Muscat with his Omani counterpart, Oman's foreign ministry said."
        + "\n\n11:10 - Norway announced 400 million crowns in winter humanitarian aid for Ukraine.", "en", PUBLISHED));
    assertThat(live.topics()).contains("summit-meeting", "humanitarian-aid");
    // a chronology's year is no clock: the line stays background
    Enrichment chronology = ENRICHER.enrich(new ArticleText("v", "Iran nuclear standoff: a timeline", intro
        + "\n\n2015 - Iran's foreign minister held talks in Vienna with his German counterpart, officials said.", "en",
        PUBLISHED));
    assertThat(chronology.topics()).doesNotContain("summit-meeting");
  }

  @Test
  void objectionsBrushedAsideACounsellorOrderedOutAndASessionOfNegotiations() {
    // objections overridden block nothing
    assertThat(body("en", "The Security Council on Friday extended an arms embargo on South Sudan for another year, brushing "
        + "aside objections from Juba.").topics()).doesNotContain("sanctions-blocked");
    assertThat(body("en", "China blocked the listing on Tuesday.").topics()).contains("sanctions-blocked");
    assertThat(body("en", "Bolivia on Thursday ordered a counsellor at the Argentine embassy to leave the country within 72 hours.")
        .topics()).contains("diplomat-expelled");
    assertThat(body("fr", "Les négociateurs canadiens et américains ont tenu lundi et mardi à Washington leur première séance de "
        + "négociations commerciales.").topics()).contains("negotiations");
    // a strike's session of negotiations is labour's
    assertThat(body("fr", "Les syndicats ont maintenu mardi leur préavis de grève après une séance de négociations avec la "
        + "direction.").topics()).doesNotContain("negotiations");
  }

  @Test
  void plansOffersWaiversWelcomesAndAnniversariesAreNoEvents() {
    assertThat(body("en", "Muttaqi is expected to meet the Kazakh president and the Kazakh foreign minister and to sign agreements "
        + "on a planned railway.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "The exemption, approved on Monday by the committee that oversees sanctions on Taliban leaders, allows "
        + "him to travel.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "U.N. Secretary-General Antonio Guterres on Tuesday welcomed the entry into force of a ten-day truce.")
        .topics()).doesNotContain("summit-meeting");
    assertThat(headline("UE sopesa nuevas sanciones contra Irán antes de la reunión de cancilleres del lunes", "es").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "Antes de la ceremonia, los dos presidentes se reunieron el lunes a solas durante una hora.").topics())
        .contains("summit-meeting");
    assertThat(body("es", "Se cumplen este lunes cinco años desde que Argelia rompió sus relaciones diplomáticas con Marruecos.")
        .topics()).doesNotContain("relations-downgraded");
    assertThat(body("es", "Arabia Saudí instó este martes al Ejército sudanés a declarar una tregua humanitaria y se ofreció a "
        + "acoger en Yeda una nueva ronda de conversaciones.").topics()).doesNotContain("negotiations");
    assertThat(headline("WHAT TO WATCH-NATO leaders meet in Ankara").topics()).doesNotContain("summit-meeting");
  }

  @Test
  void aDocumentSignedInThePassiveIsTheAccord() {
    assertThat(body("fr", "Le document a été signé mercredi par le ministre turc des Affaires étrangères et son homologue "
        + "arménien.").topics()).contains("agreement-signed");
    assertThat(body("es", "El documento fue firmado el lunes en Mascate por los ministros de Exteriores de Irán y Bahréin.")
        .topics()).contains("agreement-signed");
  }

  @Test
  void aProtestMadeKnownACondemnationInTheImperfectAndTheSocialPartners() {
    assertThat(body("fr", "Le chargé d'affaires algérien a été convoqué mardi pour se voir signifier « la vive protestation » des "
        + "autorités maliennes.").topics()).contains("condemnation");
    assertThat(body("fr", "Un porte-parole a indiqué mardi que la Chine « condamnait fermement » une décision « fondée sur des "
        + "mensonges ».").topics()).contains("condemnation");
    assertThat(body("fr", "Les négociations entre les partenaires sociaux et le cabinet du Premier ministre ont achoppé lundi soir.")
        .topics()).doesNotContain("negotiations");
  }

  @Test
  void aMoveBlockedADraftsRelativeClauseAndWhatCanBeDoneAreNoEvents() {
    assertThat(body("en", "China on Tuesday blocked a joint move by India and the United States to add a commander of the "
        + "militant group to a U.N. Security Council sanctions list.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("de", "Beide Vetomächte stimmten am Freitag gegen einen von den USA eingebrachten Resolutionsentwurf, der das "
        + "Embargo sowie Reiseverbote gegen mehrere Militärführer um ein weiteres Jahr verlängert hätte.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("es", "Solo el Congreso estadounidense puede levantar la mayor parte del embargo.").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(body("fr", "Seul le Conseil peut lever les sanctions.").topics()).doesNotContain("sanctions-lifted");
    // the act itself still is one
    assertThat(body("es", "El Gobierno levantó el lunes la mayor parte del embargo.").topics()).contains("sanctions-lifted");
  }

  @Test
  void talksEyedAndALawmakersDenunciationAreNoEvents() {
    assertThat(headline("Iran, U.S. eye new round of talks in Muscat, sources say").topics()).doesNotContain("negotiations");
    assertThat(body("fr", "Le sénateur a dénoncé mardi une « manœuvre politique » du gouvernement canadien.").topics())
        .doesNotContain("condemnation");
    // a government's denunciation still is one
    assertThat(body("fr", "Le gouvernement haïtien a dénoncé mardi une « manœuvre politique » du Canada.").topics())
        .contains("condemnation");
  }

  @Test
  void aSeparableVerbsInfinitiveWithZuAndDeputiesSigningAreNoMeeting() {
    assertThat(body("de", "Der ukrainische Präsident kündigte am Donnerstag an, am Freitag mit mehreren europäischen Staats- und "
        + "Regierungschefs zusammenzutreffen.").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Der Präsident traf am Freitag mit mehreren europäischen Staats- und Regierungschefs zusammen.").topics())
        .contains("summit-meeting");
    assertThat(body("en", "The country's deputy foreign minister and a visiting Taiwanese deputy foreign minister signed a joint "
        + "communique in Taipei on Tuesday.").topics()).contains("agreement-signed").doesNotContain("summit-meeting");
  }

  @Test
  void talksCalledOffAreNegotiationsInFourLanguages() {
    assertThat(body("en", "Thailand on Tuesday called off border talks with Cambodia after a night of shelling.").topics())
        .contains("negotiations");
    assertThat(body("en", "Peace talks between Ethiopia and Eritrea were called off on Monday, the mediators said.").topics())
        .contains("negotiations");
    assertThat(body("de", "Manila hat eine für diese Woche geplante Gesprächsrunde mit Peking abgesagt.").topics())
        .contains("negotiations");
    assertThat(body("de", "Bangkok sagte am Dienstag die Gespräche mit Kambodscha ab.").topics()).contains("negotiations");
    assertThat(body("fr", "Bangkok a annulé mardi les pourparlers prévus avec le Cambodge.").topics()).contains("negotiations");
    assertThat(body("es", "Bangkok canceló el martes las conversaciones con Camboya.").topics()).contains("negotiations");
    // a strike called off after talks is labour news; a threat to call talks off, another verb's particle and old talks are none
    assertThat(body("en", "A planned strike by minibus drivers was called off on Saturday after talks with the city.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Thailand threatened on Tuesday to call off the talks.").topics()).doesNotContain("negotiations");
    assertThat(body("de", "Er sagte, die Gespräche hingen von Moskau ab.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "Talks were called off in June 2025 after Israel launched its strikes.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void aGermanRoundHeldAndTalksUnderWayAreNegotiations() {
    assertThat(body("de", "Die Gesandten beider Länder trafen sich am Dienstag zu einer weiteren Verhandlungsrunde.").topics())
        .contains("negotiations");
    assertThat(body("de", "Die nächste Verhandlungsrunde soll im Mai stattfinden.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "The indirect talks in Jeddah, mediated by the United States, have been under way since Thursday.")
        .topics()).contains("negotiations");
    assertThat(body("en", "Preparations are under way for talks next month.").topics()).doesNotContain("negotiations");
  }

  @Test
  void leadersNamedWithoutTheirTitlesStillMeet() {
    assertThat(body("en", "Ararat Mirzoyan and Jeyhun Bayramov met for about four hours at a government guesthouse on Tuesday.")
        .topics()).contains("summit-meeting");
    assertThat(body("en", "Ruto met Museveni in Kampala on Monday.").topics()).contains("summit-meeting");
    // French "met" puts, and freed nationals welcomed home are no counterpart
    assertThat(body("fr", "Abiy Ahmed met en garde l'Érythrée mardi.").topics()).doesNotContain("summit-meeting");
    assertThat(body("es", "Albares recibió el martes en Madrid a cinco españoles excarcelados en Venezuela.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void aBordersCrossingsClosedAgainstAStateAreSanctions() {
    assertThat(body("en", "Lithuania on Wednesday shut its two remaining road crossings with Belarus for at least a month.")
        .topics()).contains("sanctions-imposed");
    assertThat(headline("Thailand seals border with Cambodia after clashes").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Thailand schloss am Donnerstag alle Grenzübergänge zu Kambodscha für Personen und Waren.").topics())
        .contains("sanctions-imposed");
    assertThat(body("es", "Las autoridades tailandesas cerraron el martes los dos pasos fronterizos con Camboya.").topics())
        .contains("sanctions-imposed");
    // a deal sealed on the border, and crossings that stay shut since an older closure, are none
    assertThat(body("en", "The two leaders sealed a deal on the border with Chile on Tuesday.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "The main crossings with Afghanistan have remained closed to trade since October 2025.").topics())
        .doesNotContain("sanctions-imposed");
  }

  @Test
  void aTextSignedByBothSidesAndAFrenchRelativeClauseOfTheDayAreSignings() {
    assertThat(body("es", "El texto fue suscrito este jueves en el Palacio de Torre Tagle por los cancilleres de Perú y México.")
        .topics()).contains("agreement-signed");
    assertThat(headline("Tebboune à Rome, une quinzaine d'accords signés avec l'Italie", "fr").topics())
        .contains("agreement-signed");
    assertThat(body("fr", "Les ministres Nduhungirehe et Prévot, qui ont signé jeudi un communiqué conjoint, se sont félicités.")
        .topics()).contains("agreement-signed");
    // a note signed by one minister is a letter, and a relative clause with no day of its own stays a description
    assertThat(body("fr", "Le texte, signé du ministre burkinabè des Affaires étrangères, reproche aux deux conseillers des "
        + "activités incompatibles avec leur statut.").topics()).doesNotContain("agreement-signed");
    assertThat(body("fr", "Le Maroc, qui a signé un accord de libre-échange avec les États-Unis, attire les investisseurs.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void aSigningByNamesOrAsADatedNounAndSanctionsTakenOverAreEvents() {
    assertThat(body("en", "Sadyr Japarov, Emomali Rahmon and Shavkat Mirziyoyev put their names to the agreement at a summit in Osh "
        + "on Friday.").topics()).contains("agreement-signed");
    assertThat(body("en", "Farmers will get quotas under the pact, following the signing of the accord on Friday by the presidents "
        + "of Kyrgyzstan and Uzbekistan.").topics()).contains("agreement-signed");
    assertThat(headline("Berne reprend le 20e paquet de sanctions de l'UE contre Moscou", "fr").topics())
        .contains("sanctions-imposed");
    // a signing ahead or scheduled, or an anniversary of one, is none
    assertThat(body("en", "Ahead of the signing of the accord on Friday, the presidents of Kyrgyzstan and Uzbekistan met.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "The signing of the accord between Kyrgyzstan and Uzbekistan is scheduled for Friday.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void domesticClashesStandsAndSuppliersAndAnOfferToHostAreNoEvents() {
    assertThat(body("en", "The Council renewed the embargo on South Sudan on Friday as clashes between government troops and "
        + "opposition forces spread across the north.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "Flamengo ganó el miércoles en La Bombonera, en un partido marcado por incidentes en las tribunas que "
        + "rompieron la frágil tregua entre dos facciones de la barra.").topics()).doesNotContain("ceasefire");
    assertThat(headline("Autogipfel im Kanzleramt: Regierung sagt Zulieferern Hilfe zu", "de").topics())
        .doesNotContain("humanitarian-aid", "summit-meeting");
    assertThat(body("en", "Oman's foreign minister offered on Thursday to host new talks between Tehran and Washington.").topics())
        .doesNotContain("summit-meeting");
    // troops of two states clashing still are an escalation
    assertThat(body("en", "Thai and Cambodian troops clashed along the border on Tuesday.").topics())
        .contains("military-escalation");
  }

  @Test
  void aTruceAgreedAfterDaysOfTalksReportsTheTalks() {
    assertThat(body("en", "Myanmar and China agreed to a ceasefire after two days of talks in Kunming.").topics())
        .contains("negotiations", "ceasefire");
    assertThat(body("es", "Marruecos y Argelia firmaron el acta tras dos días de conversaciones en Ginebra.").topics())
        .contains("negotiations");
    // days of fighting are no talks
    assertThat(body("fr", "Les camions sont bloqués au poste-frontière, fermé après deux jours de combats entre forces "
        + "pakistanaises et afghanes.").topics()).doesNotContain("negotiations");
  }

  @Test
  void actsPutOffPlansForTheWeekendAimsAndAPanelsMandateAreNoEvents() {
    assertThat(headline("Bolivia, Chile put off signing of accord to restore ambassadors").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("en", "Southeast Asian leaders gather in Manila this weekend for a summit on the sea code.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "Armenia and Azerbaijan signed a protocol on Thursday, after their foreign ministers spent four hours "
        + "in Astana on the latest round of negotiations to normalise relations.").topics())
        .doesNotContain("relations-restored").contains("agreement-signed");
    assertThat(body("en", "Pashinyan and Aliyev signed a protocol on reopening rail traffic across their border on Thursday.")
        .topics()).doesNotContain("sanctions-lifted");
    assertThat(body("en", "The proposal sought to add a Pakistani national to the list of individuals subject to a global asset "
        + "freeze, travel ban and arms embargo.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("de", "Der Rat verabschiedete am Freitag eine Resolution, mit der das Mandat des Expertengremiums, das die "
        + "Einhaltung der bestehenden Sanktionen überwacht, um ein Jahr verlängert wird.").topics())
        .doesNotContain("sanctions-imposed");
    // the signing itself still is one
    assertThat(body("en", "Bolivia and Chile signed an accord to restore ambassadors on Tuesday.").topics())
        .contains("agreement-signed");
  }

  @Test
  void fireOpenedARecallAsANounAndAClosureAsAGerundInOtherLanguages() {
    assertThat(body("es", "Horas después, fuerzas afganas abrieron fuego contra puestos fronterizos paquistaníes.").topics())
        .contains("military-escalation");
    assertThat(body("fr", "Des soldats maliens ont ouvert le feu mardi sur une patrouille algérienne.").topics())
        .contains("military-escalation");
    assertThat(body("de", "Kambodschanische Soldaten eröffneten am Dienstag das Feuer auf einen thailändischen Posten.").topics())
        .contains("military-escalation");
    assertThat(body("es", "El Ministerio anunció este jueves la llamada a consultas de su embajador en Yamena.").topics())
        .contains("relations-downgraded");
    assertThat(body("fr", "Bamako a riposté mercredi soir en fermant sa frontière terrestre avec l'Algérie.").topics())
        .contains("sanctions-imposed");
    // police opening fire on protesters is no escalation between states
    assertThat(body("es", "La policía abrió fuego el martes contra los manifestantes en Nairobi.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void aTruceShreddedUnravelledOrGivenUpForBrokenWasViolated() {
    assertThat(body("en", "The clashes on Tuesday shredded the ceasefire between Thailand and Cambodia.").topics())
        .contains("ceasefire");
    assertThat(headline("Phnom Penh recalls envoy as border truce unravels").topics()).contains("ceasefire");
    assertThat(body("es", "Kabul dio por rota el martes la tregua de Doha.").topics()).contains("ceasefire");
    assertThat(headline("Camboya acusa a Tailandia de violar la tregua tras un nuevo choque en la frontera", "es").topics())
        .contains("ceasefire");
    // a threat to break it is none
    assertThat(body("es", "Pakistán amenazó el martes con romper la tregua con Afganistán.").topics()).doesNotContain("ceasefire");
  }

  @Test
  void aCensureQuotedOverSeveralSentencesIsTheSpeakersAndCareForFreedSoldiersIsNoAid() {
    assertThat(body("fr", "« Ce veto est honteux. Il dit au monde que la vie des Palestiniens ne compte pas », a lancé jeudi "
        + "l'ambassadeur palestinien auprès de l'ONU.").topics()).contains("condemnation");
    assertThat(body("en", "\"Today's veto is shameful. It shields a regime that defies this Council,\" the U.S. deputy ambassador "
        + "told members on Thursday.").topics()).contains("condemnation");
    assertThat(body("en", "Russia's defence ministry said on Friday the freed Russian servicemen were in Belarus receiving "
        + "medical and psychological assistance.").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("fr", "La réouverture de la frontière terrestre entre le Niger et le Bénin sera en revanche examinée par une "
        + "commission mixte.").topics()).doesNotContain("sanctions-lifted");
  }

  @Test
  void meetingsHopedForTalksToResumeOptionsWeighedAndACarriersTalksAreNoEvents() {
    assertThat(body("de", "Er hoffe auf ein Treffen mit Präsident Donald Trump, sagte Vučić am Dienstag in Belgrad.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("es", "El Gobierno de Colombia y la disidencia reanudarán el próximo lunes en Tibú, en el departamento de "
        + "Norte de Santander, el diálogo de paz suspendido desde diciembre.").topics()).doesNotContain("negotiations");
    assertThat(body("fr", "Le gouvernement burkinabè a menacé mercredi de rappeler son ambassadeur en Côte d'Ivoire et "
        + "d'« envisager toutes les options », y compris l'expulsion de diplomates ivoiriens.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("en", "Kenya Airways cancelled dozens of flights on Thursday, hours after talks between the carrier and "
        + "their union collapsed.").topics()).doesNotContain("negotiations");
    // a truce put in check by clashes was violated
    assertThat(headline("Choques en la frontera afgano-paquistaní ponen en jaque la tregua de Doha", "es").topics())
        .contains("ceasefire");
  }

  @Test
  void aSummonsNamedAsANounIsACondemnation() {
    assertThat(body("fr", "Bamako a annoncé mardi la convocation du chargé d'affaires algérien.").topics()).contains("condemnation");
    assertThat(body("es", "Quito anunció el martes la convocatoria del embajador mexicano.").topics()).contains("condemnation");
    // a meeting convened is no summons
    assertThat(body("fr", "Le président a annoncé mardi la convocation du Parlement en session extraordinaire.").topics())
        .doesNotContain("condemnation");
  }

  @Test
  void aGermanBoardingOrRammingWithItsVerbLastOrInThePresentIsAnEscalation() {
    assertThat(body("de", "Die chinesische Küstenwache hat am Dienstag ein philippinisches Fischerboot geentert.").topics())
        .contains("military-escalation");
    assertThat(headline("Chinesische Küstenwache rammt philippinisches Versorgungsboot", "de").topics())
        .contains("military-escalation");
    assertThat(headline("Manila bestellt chinesischen Botschafter ein – Küstenwache entert Fischerboot", "de").topics())
        .contains("military-escalation", "condemnation");
    // pirates boarding a ship are no state
    assertThat(body("de", "Somalische Piraten haben am Dienstag vor Eyl ein iranisches Fischerboot geentert.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void aBoardsGermanRebukeIsNuclearAndABudgetSanctionedAMeetingPencilledInAndASigningExpectedAreNone() {
    assertThat(headline("IAEA-Gouverneursrat rügt Iran erneut", "de").topics()).contains("nuclear");
    assertThat(headline("Lula sanctions 2026 budget, vetoes lawmakers' earmarks in pre-election clash").topics())
        .doesNotContain("sanctions-blocked");
    assertThat(body("en", "A meeting between Lula and President Xi Jinping is pencilled in for May 19 in Beijing.").topics())
        .doesNotContain("summit-meeting");
    assertThat(body("en", "Brazil and China expect to sign a dozen agreements during the visit.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void talksThatEndInHeadlinesAreDeclaredDeadOrEndWithoutABreakthroughInGermanCollapsed() {
    assertThat(headline("Vucic, Kurti talks in Brussels end in acrimony with no deal on Serb municipalities").topics())
        .contains("negotiations");
    assertThat(headline("Yemen prisoner-swap talks end without deal").topics()).contains("negotiations");
    assertThat(headline("Egypt declares Nile dam talks dead").topics()).contains("negotiations");
    assertThat(headline("Barrage de la Renaissance : Le Caire claque la porte des négociations avec Addis-Abeba", "fr").topics())
        .contains("negotiations");
    assertThat(body("de", "Die Gespräche zwischen Iran und Frankreich sind am Dienstag ohne Durchbruch zu Ende gegangen.").topics())
        .contains("negotiations");
    // a war ending in a settlement and talks not resumed are none
    assertThat(body("en", "The war will end in a negotiated settlement, the mediator said.").topics())
        .doesNotContain("negotiations");
    assertThat(body("de", "Die Gespräche zwischen Iran und Frankreich sind nicht fortgesetzt worden.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void listingsThatStallAndAListingFrozenAreBlockedSanctions() {
    // (a block suppresses an imposition read in the same sentence, so the headline's first clause is checked on its own)
    assertThat(headline("EU blacklists 40 more shadow-fleet tankers; Georgia listings stall on Hungarian veto").topics())
        .contains("sanctions-blocked");
    assertThat(headline("EU blacklists 40 more shadow-fleet tankers").topics()).contains("sanctions-imposed");
    assertThat(headline("ONU : Moscou gèle l'inscription de deux chefs des FSR sur la liste noire, selon des diplomates", "fr")
        .topics()).contains("sanctions-blocked").doesNotContain("sanctions-imposed");
    // assets frozen are sanctions imposed
    assertThat(body("fr", "Paris a gelé mardi les avoirs de deux chefs des FSR.").topics()).doesNotContain("sanctions-blocked");
  }

  @Test
  void troopsThatClashInSpanishAndFrenchAndThreatsReportsAndPenaltiesThatAreNone() {
    assertThat(body("es", "Tropas de Eritrea y Etiopía se enfrentaron el lunes con armas pesadas cerca de la frontera.").topics())
        .contains("military-escalation");
    assertThat(headline("Choque fronterizo entre tropas etíopes y eritreas deja al menos 14 soldados muertos", "es").topics())
        .contains("military-escalation");
    assertThat(body("fr", "Des soldats maliens et algériens se sont affrontés mardi près de la frontière.").topics())
        .contains("military-escalation");
    // a train crash, a German threat with its participle last, an agency's report, administrative penalties on firms and
    // sanctions the bloc decided to lift are none
    assertThat(body("es", "El choque de trenes dejó tres muertos en Argentina el martes.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("de", "Serbien hat Kroatien am Dienstag mit der Ausweisung von Diplomaten gedroht.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(body("es", "El documento, firmado por el director general del OIEA, señala que Irán sigue sin abrir sus plantas.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("es", "El Ministerio de Energía de Perú anunció el martes sanciones administrativas contra dos empresas "
        + "transportistas.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("fr", "Les chefs d'État de la Cédéao, réunis dimanche à Abuja, ont décidé de lever les sanctions imposées à "
        + "la Guinée-Bissau.").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void aidThatSetsOffWithItsLoadIsDeliveredButTrucksAloneAreNot() {
    assertThat(body("es", "Un primer convoy de 28 camiones con harina, aceite y medicamentos partió el martes de El Obeid hacia "
        + "Kadugli.").topics()).contains("humanitarian-aid");
    assertThat(body("en", "The first aid convoy departed Port Sudan for El Fasher on Tuesday.").topics())
        .contains("humanitarian-aid");
    assertThat(body("en", "A convoy of trucks set off from Islamabad for the Afghan border on Tuesday.").topics())
        .doesNotContain("humanitarian-aid");
  }

  @Test
  void aLaterSentenceThatOpensWithTheSameDayOrItsWakeIsOfTheNewsWindow() {
    String lead = "La Slovaquie a bloqué lundi à Bruxelles les sanctions de l'UE contre des responsables géorgiens. Les "
        + "ministres ont débattu pendant des heures. Le texte n'a pas été adopté. Plusieurs délégations ont exprimé leur "
        + "frustration. Le dossier reviendra plus tard. ";
    assertThat(ENRICHER.enrich(new ArticleText("v", "UE : pas d'accord sur la Géorgie", lead + "Dans la foulée, l'Estonie, la "
        + "Lettonie et la Lituanie ont annoncé des interdictions d'entrée nationales visant onze responsables géorgiens.", "fr",
        PUBLISHED)).topics()).contains("sanctions-imposed");
    // the same sentence without its opener is a background paragraph far from the lead
    assertThat(ENRICHER.enrich(new ArticleText("v", "UE : pas d'accord sur la Géorgie", lead + "L'Estonie, la Lettonie et la "
        + "Lituanie ont annoncé des interdictions d'entrée nationales visant onze responsables géorgiens.", "fr", PUBLISHED))
        .topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void theItemsOfAListTheLeadAnnouncesAreTheLeadsNews() {
    String opening = "UNITED NATIONS (Wirewatch) – This page followed a long day at the Security Council. It is no longer "
        + "being updated. Key developments:\n";
    String item = "- The Council renewed the arms embargo on South Sudan for another year, with six members abstaining.";
    String filler = "Diplomats spoke of a long day. Several delegations left early. The chamber emptied by evening.\n";
    assertThat(ENRICHER.enrich(new ArticleText("v", "LIVE-UN Security Council", opening + "- The United States vetoed a draft "
        + "resolution on West Bank settlements.\n- China put a hold on a listing request.\n- Ministers debated Haiti.\n" + item,
        "en", PUBLISHED)).topics())
        .contains("un-resolution-adopted", "sanctions-imposed");
    // the same line far below the lead, with no list announced, is a background paragraph
    assertThat(ENRICHER.enrich(new ArticleText("v", "LIVE-UN Security Council", opening.replace("Key developments:\n", "")
        + filler + item.substring(2), "en", PUBLISHED)).topics()).doesNotContain("un-resolution-adopted");
  }

  @Test
  void namesStruckOffAListAreDelistedNotStruck() {
    assertThat(body("en", "The Council's ISIL and al-Qaida sanctions committee struck two Syrian officials off its list on "
        + "Monday.").topics()).contains("sanctions-lifted").doesNotContain("military-escalation");
    assertThat(body("en", "Israeli jets struck two Hezbollah positions off the coast of Tyre on Monday.").topics())
        .contains("military-escalation");
  }

  @Test
  void aGermanPluperfectCountedInHoursFromTheLeadIsOfTheWindow() {
    assertThat(body("de", "Wenige Stunden zuvor hatte der UN-Sicherheitsrat einstimmig eine Resolution angenommen.").topics())
        .contains("un-resolution-adopted");
    assertThat(body("de", "Jahre zuvor hatte der UN-Sicherheitsrat einstimmig eine Resolution angenommen.").topics())
        .doesNotContain("un-resolution-adopted");
  }

  @Test
  void fireExchangedAtACrossingOrAFrontierIsAClash() {
    assertThat(body("en", "The agreement came despite a deadly exchange of fire on Sunday near the Chaman-Spin Boldak crossing in "
        + "the south.").topics()).contains("military-escalation");
    assertThat(headline("Gespräche zwischen Pakistan und Taliban gescheitert – neue Gefechte an der Grenze", "de").topics())
        .contains("military-escalation");
    assertThat(body("en", "Police and protesters clashed near the border crossing on Sunday.").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void sanctionsReliefWidenedIsNoImposition() {
    assertThat(headline("EEUU amplía el alivio de sanciones a Venezuela con una licencia para el gas", "es").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(headline("EEUU amplía las sanciones a Venezuela", "es").topics()).contains("sanctions-imposed");
  }

  @Test
  void aRoundThatClosedWithASigningReportsTheSigning() {
    assertThat(body("en", "The two-day round closed with the signing of a three-page memorandum that creates a joint monitoring "
        + "cell.").topics()).contains("agreement-signed");
    assertThat(body("fr", "La visite s'est achevée par la signature de cinq accords de coopération.").topics())
        .contains("agreement-signed");
    assertThat(body("es", "La reunión concluyó con la firma de un memorando de entendimiento.").topics()).contains("agreement-signed");
    assertThat(body("en", "The round should close with the signing of a memorandum.").topics()).doesNotContain("agreement-signed");
    assertThat(body("fr", "La réunion a été marquée par la signature d'un contrat entre deux entreprises.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void whatWasDoneAgainAndAgainIsAHabitUnlessADayDatesIt() {
    assertThat(body("fr", "Le gouvernement rival de l'Est a dénoncé à plusieurs reprises « le chaos des milices » à Tripoli.")
        .topics()).doesNotContain("condemnation");
    assertThat(body("en", "The government has repeatedly condemned the militias in Tripoli.").topics())
        .doesNotContain("condemnation");
    assertThat(body("en", "The government on Monday condemned the militias in Tripoli.").topics()).contains("condemnation");
  }

  @Test
  void reliefToldByWhatArrivedIsAidDelivered() {
    assertThat(body("en", "The first Indian relief consignment, 40 tonnes of rice, tarpaulins and medicines, reached Mandalay by "
        + "road on Saturday.").topics()).contains("humanitarian-aid");
    assertThat(body("fr", "Un avion-cargo affrété par la France s'est posé mercredi à Port-Soudan avec 40 tonnes de "
        + "médicaments.").topics()).contains("humanitarian-aid");
    assertThat(body("en", "A plane carrying 180 tourists landed in Naypyitaw on Saturday.").topics())
        .doesNotContain("humanitarian-aid");
    assertThat(body("en", "A cargo plane landed in Kabul on Monday with 40 tonnes of copper ore.").topics())
        .doesNotContain("humanitarian-aid");
  }

  @Test
  void whatAVetoedDraftWouldHaveDoneEndsWithItsClause() {
    assertThat(body("en", "Two negative votes were enough on Friday to sink a British-drafted Security Council resolution that "
        + "would have imposed an arms embargo on Myanmar, hours after the council renewed its arms embargo on South Sudan.")
        .topics()).contains("un-resolution-adopted");
    assertThat(body("en", "Russia vetoed on Friday a Security Council resolution that would have renewed the arms embargo on "
        + "South Sudan.").topics()).doesNotContain("un-resolution-adopted");
  }

  @Test
  void aHeadlinesKickerBeforeAColonNegatesNothingAfterIt() {
    assertThat(headline("No maps, no deal: Armenia-Azerbaijan border talks end in stalemate").topics()).contains("negotiations");
    assertThat(headline("Kosovo: Belgrade and Pristina did not resume talks").topics()).doesNotContain("negotiations");
  }

  @Test
  void aRoundNamedAloneThatClosesIsARoundHeld() {
    assertThat(headline("Le huard recule, la ronde de Washington s'achève sans percée sur l'acier", "fr").topics())
        .contains("negotiations");
    assertThat(headline("Armenia y Azerbaiyán cierran ronda fronteriza sin acuerdo sobre los enclaves", "es").topics())
        .contains("negotiations");
    assertThat(body("es", "La startup cerró el martes una ronda de financiación de diez millones.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void diplomatsOrderedOutAreExpelled() {
    assertThat(headline("Moscow summons Azerbaijani envoy after Baku orders two Russian diplomats out").topics())
        .contains("diplomat-expelled");
  }

  @Test
  void aFirstNameIsNoSpanishEpithet() {
    assertThat(body("en", "Transport Minister Barbara Creecy said on Monday the government would review how route permits were "
        + "issued.").topics()).doesNotContain("condemnation");
    assertThat(body("es", "El canciller venezolano calificó el lunes de bárbara la agresión contra su embajada en Guyana.").topics())
        .contains("condemnation");
  }

  @Test
  void aRapprochementDeepenedIsNoRestoration() {
    assertThat(body("en", "Erdogan and Mohammed bin Salman signed a defence agreement on Thursday, deepening a rapprochement "
        + "between the two former rivals.").topics()).doesNotContain("relations-restored");
  }

  @Test
  void aMeetingConvenedForADayToComeIsAPlan() {
    assertThat(body("es", "La Comunidad del Caribe convocó para el jueves una reunión extraordinaria de sus cancilleres.").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void aSpanishTechnicalHoldIsABlockedListing() {
    assertThat(body("es", "China y Rusia pusieron el miércoles en suspensión técnica la propuesta de sanciones de Estados Unidos.")
        .topics()).contains("sanctions-blocked");
  }

  @Test
  void soldiersHomeAreNoBuildUp() {
    assertThat(body("en", "The truce has been extended on Thursday, the trucks are moving, the soldiers are home.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Russia moved two more brigades to the border on Thursday.").topics()).contains("military-escalation");
  }

  @Test
  void anEventNamedOnlyAsACauseIsBackgroundAndAProspectLoomsOverNothing() {
    // LABELLING: an event that appears only as a noun phrase of cause is background, in a headline as in the body
    assertThat(headline("Philippines summons Chinese envoy over water cannon attack near Scarborough Shoal").topics())
        .contains("condemnation").doesNotContain("military-escalation");
    assertThat(body("en", "The talks resumed on Monday, weeks after the strikes on the port.").topics())
        .doesNotContain("military-escalation");
    assertThat(headline("Trade, Taiwan and tariffs loom over APEC leaders' gathering in Shenzhen").topics())
        .doesNotContain("summit-meeting");
  }

  @Test
  void wavesOfExpulsionsBettingScandalsPostponedLaunchesAndTrialsReportNoEvent() {
    assertThat(headline("Saint-Domingue « regrette » le rappel de l'ambassadeur haïtien après une vague d'expulsions", "fr")
        .topics()).doesNotContain("diplomat-expelled");
    assertThat(headline("Wettskandal: Türkischer Verband verhängt neue Sanktionen – Gipfeltreffen im Derby überschattet", "de")
        .topics()).doesNotContain("sanctions-imposed");
    assertThat(body("es", "La empresa PLD Space ha aplazado a diciembre el primer lanzamiento de su cohete Miura 5.").topics())
        .doesNotContain("missile-launch");
    assertThat(headline("AMIA bombing survivors testify as Argentina tries absent Iranian suspects").topics())
        .doesNotContain("military-escalation");
  }

  @Test
  void suppliesHandedOverAreNoRelease() {
    assertThat(body("en", "The supplies, worth about 40 million yen, were handed over on Monday to the National Disaster "
        + "Management Office at the airport, the Japanese embassy said.").topics()).doesNotContain("detention-release");
    assertThat(body("en", "Two French aid workers were released by their captors in Mali on Tuesday.").topics())
        .contains("detention-release");
  }

  @Test
  void headlinesTellBlowsBreakdownsAndSummonsInThePresent() {
    assertThat(headline("Coast guard rams Philippine supply boat near Second Thomas Shoal").topics()).contains("military-escalation");
    assertThat(headline("Israeli jets pound Hezbollah positions in southern Lebanon").topics()).contains("military-escalation");
    assertThat(headline("Turkish troops push into northern Iraq").topics()).contains("military-escalation");
    assertThat(headline("Britain gives 20 million pounds to Sudan relief").topics()).doesNotContain("military-escalation");
    assertThat(headline("Talks on Cyprus break down in New York").topics()).contains("negotiations");
    assertThat(headline("Talks between Kyiv and Moscow delegations end after two hours in Istanbul").topics())
        .contains("negotiations");
    assertThat(headline("Ghana calls in Nigerian envoy over attacks on traders").topics()).contains("condemnation");
  }

  @Test
  void frenchAndSpanishHeadlinesTellBlowsIncursionsAndFailedTalksInThePresent() {
    assertThat(headline("Des drones rwandais frappent une ville frontalière du Burundi", "fr").topics())
        .contains("military-escalation");
    assertThat(headline("Ces sanctions frappent ceux qui financent les gangs", "fr").topics()).doesNotContain("military-escalation");
    assertThat(headline("Drones rusos golpean Járkov durante la noche", "es").topics()).contains("military-escalation");
    assertThat(body("es", "Llegó la primera ayuda tras el ciclón Tasi, que golpeó Vanuatu el fin de semana.").topics())
        .doesNotContain("military-escalation");
    assertThat(headline("Les troupes turques pénètrent dans le nord de l'Irak", "fr").topics()).contains("military-escalation");
    assertThat(headline("Tropas turcas entran en el norte de Irak", "es").topics()).contains("military-escalation");
    assertThat(headline("Les pourparlers entre Belgrade et Pristina échouent à Bruxelles", "fr").topics()).contains("negotiations");
    assertThat(headline("Fracasan las conversaciones entre Serbia y Kosovo en Bruselas", "es").topics()).contains("negotiations");
  }

  @Test
  void germanSeparableVerbsCloseTheirClauseForAdvancesAndResumedCompoundTalks() {
    assertThat(headline("Türkische Truppen dringen in den Nordirak vor", "de").topics()).contains("military-escalation");
    assertThat(body("de", "Die Polizei drang am Dienstag in das besetzte Gebäude vor.").topics()).doesNotContain("military-escalation");
    assertThat(headline("Iran und USA setzen Atomgespräche in Maskat fort", "de").topics()).contains("negotiations");
  }

  @Test
  void aListsNameAndAnExchangeOfFireAreNoListingAndNoSwap() {
    assertThat(body("en", "The Treasury took the refinery off its Specially Designated Nationals list on Wednesday.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "Thai and Cambodian soldiers exchanged small-arms and mortar fire near the temple overnight on Monday, "
        + "the Thai army said, the first such exchange in a year.").topics()).doesNotContain("detention-release");
    assertThat(body("en", "Russia and Ukraine exchanged 150 prisoners of war on Monday, the second such exchange this month.")
        .topics()).contains("detention-release");
  }

  @Test
  void rammingBoardingAndTalksLeftAreToldInFrenchAndSpanishToo() {
    assertThat(body("fr", "Un navire chinois a éperonné mardi un bateau de ravitaillement philippin.").topics())
        .contains("military-escalation");
    assertThat(body("es", "Una patrullera nicaragüense abordó el domingo los barcos hondureños.").topics())
        .contains("military-escalation");
    assertThat(body("es", "Tegucigalpa protestó el lunes después de que la Armada capturara dos embarcaciones hondureñas.").topics())
        .contains("military-escalation");
    assertThat(body("es", "Las conversaciones de Ginebra quedaron interrumpidas el miércoles.").topics()).contains("negotiations");
    assertThat(body("es", "Rabat protestó el jueves, un día después de que la delegación abandonara las conversaciones.").topics())
        .contains("negotiations");
  }

  @Test
  void whatAFailedGermanDraftWouldHaveCondemnedIsNoCondemnationAndAccessLackingIsADispute() {
    assertThat(body("de", "Der Text hätte die Regierung aufgefordert, die Bauarbeiten sofort einzustellen, und die jüngste "
        + "Genehmigung als Verstoß gegen das Völkerrecht verurteilt.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Die Inspektoren der IAEA haben seit Montag keinen Zugang zu den iranischen Atomanlagen.").topics())
        .contains("nuclear");
  }

  @Test
  void aCycleNamedByItsCityIsARoundOfTalksAndACycleOfViolenceIsNot() {
    assertThat(body("fr", "Selon deux diplomates, le cycle de Genève s'est achevé vendredi sans accord.").topics())
        .contains("negotiations");
    assertThat(body("fr", "Le cycle de violences s'est achevé mardi avec l'arrivée des renforts.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void companyStakesLawmakersQuarrelsAndSwapDealsAreNoEventsAndAccordsSealedAre() {
    assertThat(headline("Abu Dhabi fund strikes $900 mln deal for stake in Nigeria's Zenith Telecom").topics())
        .doesNotContain("agreement-signed");
    assertThat(headline("Kenya, Uganda strike border deal").topics()).contains("agreement-signed");
    assertThat(body("en", "Danish lawmakers clashed on Tuesday over whether the country should keep its opt-out.").topics())
        .doesNotContain("military-escalation");
    assertThat(headline("Swiss lawmakers debate end to automatic adoption of EU sanctions").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(headline("Ukraine and Russia strike prisoner exchange deal").topics()).doesNotContain("detention-release");
    assertThat(headline("Ukraine and Russia carry out prisoner exchange").topics()).contains("detention-release");
    assertThat(headline("Dakar et Nouakchott scellent des accords sur la pêche", "fr").topics()).contains("agreement-signed");
    assertThat(body("en", "A proposal to impose a travel ban on two ministers was blocked at a meeting of EU foreign ministers on "
        + "Monday.").topics()).contains("sanctions-blocked");
  }

  @Test
  void missileTestsInFrenchAndSpanishAndAStateThatProtestsToAnother() {
    assertThat(headline("L'Inde teste un missile balistique Agni", "fr").topics()).contains("missile-launch");
    assertThat(headline("Nouvel essai de missile nord-coréen", "fr").topics()).contains("missile-launch");
    assertThat(headline("India ensaya un misil balístico de alcance intermedio", "es").topics()).contains("missile-launch");
    assertThat(body("es", "Irán mostró el martes restos de un misil como prueba de que sus defensas funcionan.").topics())
        .doesNotContain("missile-launch");
    assertThat(headline("Japan protests Chinese survey ship's entry into its waters").topics()).contains("condemnation");
    assertThat(headline("Japón protesta ante China por el paso de un buque", "es").topics()).contains("condemnation");
    assertThat(headline("Georgians protest foreign agent law for a third week").topics()).doesNotContain("condemnation");
    assertThat(headline("Serbia protests swell as students march on Belgrade").topics()).doesNotContain("condemnation");
  }

  @Test
  void aRestorationOfTiesAnnouncedAsANounIsTiesRestoredUnlessItIsTheGoalOrTheSubject() {
    assertThat(body("fr", "Les deux pays ont annoncé mercredi le rétablissement de leurs relations diplomatiques.").topics())
        .contains("relations-restored");
    assertThat(body("es", "Ambos gobiernos anunciaron el jueves el restablecimiento de sus relaciones diplomáticas.").topics())
        .contains("relations-restored");
    assertThat(body("de", "Beide Länder kündigten am Mittwoch die Wiederaufnahme ihrer diplomatischen Beziehungen an.").topics())
        .contains("relations-restored");
    assertThat(body("es", "La cancillería enviará una hoja de ruta para el restablecimiento de relaciones con Chile.").topics())
        .doesNotContain("relations-restored");
    assertThat(headline("Chile und Bolivien loten Wiederaufnahme diplomatischer Beziehungen aus", "de").topics())
        .doesNotContain("relations-restored");
    assertThat(body("de", "Die Außenminister kamen am Dienstag zu einer Gesprächsrunde über die Wiederaufnahme von Beziehungen "
        + "zusammen.").topics()).doesNotContain("relations-restored");
  }

  @Test
  void prospectsDenialsGangsAndPlacesHitBeforeReportNoEvent() {
    assertThat(headline("Lula und Milei vor möglichem ersten Treffen in Asunción", "de").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "Officials said access to facilities attacked by the Israeli air force remained barred.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("es", "El Ministerio de Relaciones Exteriores de Bolivia desmintió este jueves que el Gobierno del presidente "
        + "Rodrigo Paz haya llamado a consultas a su embajador en Lima.").topics()).doesNotContain("relations-downgraded");
    assertThat(body("es", "El Gobierno dominicano ordenó este jueves el cierre de los pasos fronterizos con Haití, tras un tiroteo "
        + "entre bandas en la ciudad fronteriza de Juana Méndez.").topics()).doesNotContain("military-escalation");
    assertThat(body("es", "Dos bandas se enfrentaron el jueves en la frontera con Haití.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Iranian and U.S. negotiators are set to meet in Muscat next week for their first formal round of talks.")
        .topics()).doesNotContain("negotiations");
    assertThat(body("en", "Iranian and U.S. negotiators held their first formal round of talks in Muscat on Tuesday.").topics())
        .contains("negotiations");
  }

  @Test
  void sanctionsMadeToFailKnockedDownOrNotAgreedAreBlocked() {
    assertThat(headline("Pékin et Moscou font échouer des sanctions de l'ONU contre le Soudan", "fr").topics())
        .contains("sanctions-blocked");
    assertThat(headline("China y Rusia tumban en la ONU las sanciones contra Sudán", "es").topics()).contains("sanctions-blocked");
    assertThat(headline("EU fails to agree new Russia sanctions after Hungarian veto").topics()).contains("sanctions-blocked");
    assertThat(headline("EU fails to agree on sanctions relief for Syria").topics()).doesNotContain("sanctions-blocked");
  }

  @Test
  void strikesADealHaltsArrivalsStillDueAndAccordsBeingFinalisedReportNoEvent() {
    assertThat(body("en", "Myanmar's army agreed on Tuesday to halt air strikes on rebel towns near the Chinese border.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Myanmar's army halted air strikes on rebel towns on Tuesday, China said.").topics())
        .doesNotContain("military-escalation");
    assertThat(body("en", "Indonesia's president is due to arrive in the Australian capital on Tuesday for talks with Prime "
        + "Minister Anthony Albanese.").topics()).doesNotContain("summit-meeting");
    assertThat(body("en", "\"Several agreements with Australia are being finalised,\" the Indonesian minister said on Monday.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "Several agreements with Australia were finalised on Monday, the Indonesian minister said.").topics())
        .contains("agreement-signed");
  }

  @Test
  void aGoallessTruceReliefGoodsHandedOverAndADraftsSubjectReportNoEvent() {
    assertThat(headline("Argentina y Chile firman una tregua sin goles y pasan a octavos", "es").topics())
        .doesNotContain("ceasefire");
    assertThat(body("en", "China's embassy in Nuku'alofa handed over generators and food parcels to the Tongan government on Monday.")
        .topics()).doesNotContain("detention-release");
    assertThat(headline("Russia vetoes UN draft on Sudanese air strikes").topics()).doesNotContain("military-escalation");
    assertThat(headline("Sudanese air strikes hit Chadian border town").topics()).contains("military-escalation");
  }

  @Test
  void trucesConcludedAndPrisonersExchangedInTheHeadlinePresentOfFrenchSpanishAndGerman() {
    assertThat(headline("Le Soudan et les FSR concluent une trêve à El-Facher", "fr").topics()).contains("ceasefire");
    assertThat(headline("Sudans Armee und RSF vereinbaren Waffenruhe in El Fascher", "de").topics()).contains("ceasefire");
    assertThat(headline("Sudans Armee und RSF wollen Waffenruhe vereinbaren", "de").topics()).doesNotContain("ceasefire");
    assertThat(headline("Rusia y Ucrania intercambian 300 prisioneros", "es").topics()).contains("detention-release");
    assertThat(headline("Rusia y Ucrania intercambian acusaciones", "es").topics()).doesNotContain("detention-release");
  }

  @Test
  void readoutsReleasedGoalsStruckAndTrucesOfTaxiBossesAndCoalitionsReportNoEvent() {
    assertThat(body("en", "The foreign ministers of Kenya and Ethiopia met for three hours, according to a joint readout released by "
        + "the Ethiopian government on Monday.").topics()).doesNotContain("detention-release");
    assertThat(body("en", "Kenyan rebels released two Ethiopian hostages on Monday, the government said.").topics())
        .contains("detention-release");
    assertThat(headline("Ghana's substitute struck in injury time to beat Nigeria 2-1 in Accra").topics())
        .doesNotContain("military-escalation");
    assertThat(headline("Durban taxi bosses agree truce after week of shootings").topics()).doesNotContain("ceasefire");
    assertThat(headline("ANC, DA agree coalition 'truce' after budget row").topics()).doesNotContain("ceasefire");
    assertThat(body("en", "Thai troops and Cambodian forces agreed a truce on Monday after a week of fighting.").topics())
        .contains("ceasefire");
    assertThat(body("en", "Vietnam is pushing to wrap up talks with China on a fishing accord before the end of the year.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void anExchangeOfPrisonersFramedByAProtocolOrOnTheAgendaIsNoRelease() {
    assertThat(body("fr", "Kinshasa et le M23 ont signé lundi un protocole encadrant l'échange de prisonniers.").topics())
        .doesNotContain("detention-release");
    assertThat(body("es", "Colombia y el ELN firmaron el lunes un protocolo para el intercambio de prisioneros.").topics())
        .doesNotContain("detention-release");
    assertThat(body("es", "Colombia y el ELN realizaron el lunes un intercambio de prisioneros.").topics())
        .contains("detention-release");
    assertThat(body("de", "Im Mittelpunkt der Gespräche in Doha stand am Montag der Gefangenenaustausch zwischen Kongo und M23.")
        .topics()).doesNotContain("detention-release");
    assertThat(body("de", "Strittig ist ein Austausch von Gefangenen zwischen Kongo und Ruanda, über den weiter verhandelt werden "
        + "soll.").topics()).doesNotContain("detention-release");
    assertThat(body("de", "Kongo und M23 haben am Montag in Doha Gefangene ausgetauscht.").topics()).contains("detention-release");
  }

  @Test
  void aPermanentMembersNoThatFellsADraftIsAVetoAndABlock() {
    Enrichment de = body("de", "Das chinesische Nein im Sicherheitsrat kippt die Verlängerung der Sanktionen gegen Mali.");
    assertThat(de.topics()).contains("un-veto", "sanctions-blocked");
    assertThat(body("fr", "Au Conseil de sécurité, le « non » de Pékin enterre le renouvellement des sanctions contre le Mali.")
        .topics()).contains("un-veto", "sanctions-blocked");
    assertThat(body("en", "Russia's no vote in the Security Council killed the draft on Mali's sanctions on Tuesday.").topics())
        .contains("un-veto");
    assertThat(body("de", "Moskau blockiert im Sicherheitsrat die Verlängerung des Waffenembargos gegen Südsudan.").topics())
        .contains("sanctions-blocked");
  }

  @Test
  void envoysCalledHomeInspectorsTurnedAwayAndGermanSanctionsInThePresentAndThePast() {
    assertThat(body("en", "Bolivia called its ambassador home from Lima on Monday.").topics()).contains("relations-downgraded");
    assertThat(body("en", "Bolivia called on its ambassador to come home.").topics()).doesNotContain("relations-downgraded");
    assertThat(body("en", "The president called the envoy at home on Monday.").topics()).doesNotContain("relations-downgraded");
    assertThat(headline("Chisinau setzt russischen Diplomaten vor die Tür und holt Botschafter heim", "de").topics())
        .contains("relations-downgraded");
    assertThat(body("de", "Der Iran wies am Mittwoch zwei IAEO-Inspektoren an der Zufahrt zur Anlage in Natans ab.").topics())
        .contains("nuclear");
    assertThat(body("de", "Der Iran wies am Mittwoch die Vorwürfe der IAEO ab.").topics()).doesNotContain("nuclear");
    assertThat(headline("USA sanktionieren vier nicaraguanische Beamte", "de").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Die USA sanktionierten am Montag vier nicaraguanische Beamte.").topics()).contains("sanctions-imposed");
    assertThat(body("de", "Die EU will russische Beamte sanktionieren.").topics()).doesNotContain("sanctions-imposed");
  }

  @Test
  void whatACorrectionWithdrawsAndALeagueMatchReportNoEvent() {
    assertThat(body("de", "In einer Meldung vom Dienstag hieß es irrtümlich, Bolivien habe seinen Botschafter aus Lima abberufen.")
        .topics()).doesNotContain("relations-downgraded");
    assertThat(body("en", "An entry at 07:10 incorrectly said Bolivia's foreign minister had met his Peruvian counterpart on "
        + "Monday evening.").topics()).doesNotContain("summit-meeting");
    assertThat(body("fr", "Le choc au sommet de la Ligue 1 a tenu ses promesses samedi soir à Lyon, où l'OL a battu Lille.")
        .topics()).doesNotContain("summit-meeting");
  }

  @Test
  void namesErasedFromAListDiplomatsToldToPackAndExchangesAmongTheFilesStillOpen() {
    assertThat(headline("Washington borra a una naviera panameña de su lista negra", "es").topics()).contains("sanctions-lifted");
    assertThat(headline("Bichkek prie un diplomate kazakh de plier bagage", "fr").topics()).contains("diplomat-expelled");
    assertThat(body("fr", "Les délégués doivent encore régler les dossiers en suspens, dont l'échange de prisonniers entre Kinshasa "
        + "et Kigali.").topics()).doesNotContain("detention-release");
  }

  @Test
  void embargoesRolledOverSkiesShutNamesFreedFromAListAndTextsInitialled() {
    assertThat(headline("Security Council rolls over Libya arms embargo").topics()).contains("sanctions-imposed");
    assertThat(headline("Ghana shuts its skies to Togolese aircraft").topics()).contains("sanctions-imposed");
    Enrichment freed = headline("US Treasury frees Panamanian shipper from blacklist");
    assertThat(freed.topics()).contains("sanctions-lifted");
    assertThat(freed.topics()).doesNotContain("detention-release");
    assertThat(headline("Zambian miners end strike after union strikes pay deal").topics()).doesNotContain("agreement-signed");
    assertThat(headline("Zambia and Malawi strike border deal").topics()).contains("agreement-signed");
    assertThat(headline("Kigali et Bujumbura paraphent un protocole frontalier", "fr").topics()).contains("agreement-signed");
    assertThat(body("fr", "Les ministres ont apposé leurs initiales sur le protocole frontalier lundi à Kigali.").topics())
        .contains("agreement-signed");
    assertThat(body("es", "Los cancilleres de Perú y Chile estamparon el lunes sus iniciales en el protocolo fronterizo.")
        .topics()).contains("agreement-signed");
  }

  @Test
  void inspectorsShownTheDoorAndDiplomatsGivenHoursToLeaveInGerman() {
    assertThat(headline("AIEA : des inspecteurs éconduits à Natanz", "fr").topics()).contains("nuclear");
    assertThat(body("de", "Ein russischer Diplomat muss Polen binnen 72 Stunden verlassen, teilte Warschau am Dienstag mit.")
        .topics()).contains("diplomat-expelled");
  }

  @Test
  void partnershipsSealedInGermanAndClosuresEndedInFrench() {
    assertThat(headline("Kasachstan und die Mongolei besiegeln Partnerschaft in Ulan Bator", "de").topics())
        .contains("agreement-signed");
    assertThat(headline("Le Niger met fin à la fermeture de ses frontières avec le Bénin", "fr").topics())
        .contains("sanctions-lifted");
    assertThat(body("fr", "Les ministres ont paraphé lundi six accords portant notamment sur le commerce, l'énergie et la "
        + "réouverture des frontières entre le Niger et le Bénin.").topics()).doesNotContain("sanctions-lifted");
  }

  @Test
  void visitsToBeMadeQuestionsAskedAndSigningsNegatedLastReportNoEvent() {
    assertThat(headline("Ruto to make first state visit to Port Moresby").topics()).doesNotContain("summit-meeting");
    assertThat(body("de", "Auf die Frage, ob Tiflis den ukrainischen Geschäftsträger einbestellen werde, sagte die Sprecherin, "
        + "dafür gebe es keinen Anlass.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Unterzeichnet ist der Vertrag bis heute nicht, sagte ein Sprecher in Kiew.").topics())
        .doesNotContain("agreement-signed");
  }

  @Test
  void aTruceSignedIsAnAccordSignedAndATruceAgreedIsNot() {
    assertThat(headline("Ethiopia, Tigray forces sign 30-day truce in Nairobi").topics()).contains("ceasefire", "agreement-signed");
    assertThat(body("es", "El Gobierno sudanés y las FAR firmaron el martes una tregua de diez días en Yeda.").topics())
        .contains("ceasefire", "agreement-signed");
    assertThat(headline("Ethiopia, Tigray forces agree 30-day truce").topics()).doesNotContain("agreement-signed");
    assertThat(headline("Boca y River firman una tregua antes del superclásico", "es").topics())
        .doesNotContain("agreement-signed", "ceasefire");
  }

  @Test
  void idiomsOfExpulsionBreakdownSilenceSummonsAndLaunchInFourLanguages() {
    assertThat(headline("Ghana shows the door to two Togolese diplomats").topics()).contains("diplomat-expelled");
    assertThat(headline("Alger montre la porte à deux diplomates français", "fr").topics()).contains("diplomat-expelled");
    assertThat(headline("Argel echa a dos diplomáticos franceses", "es").topics()).contains("diplomat-expelled");
    assertThat(headline("Algier wirft zwei französische Diplomaten raus", "de").topics()).contains("diplomat-expelled");
    assertThat(headline("Kyiv pulls the plug on talks with Moscow").topics()).contains("negotiations");
    Enrichment door = headline("Pakistan slams the door on talks with India");
    assertThat(door.topics()).contains("negotiations");
    assertThat(door.topics()).doesNotContain("condemnation");
    assertThat(headline("Pakistan slams India over Kashmir remarks").topics()).contains("condemnation");
    assertThat(headline("Kiev da un portazo a las negociaciones con Moscú", "es").topics()).contains("negotiations");
    assertThat(headline("Kiew lässt Gespräche mit Moskau platzen", "de").topics()).contains("negotiations");
    assertThat(headline("Guns fall silent on Thai-Cambodian border").topics()).contains("ceasefire");
    assertThat(headline("Les armes se taisent à la frontière khméro-thaïe", "fr").topics()).contains("ceasefire");
    assertThat(headline("Callan las armas en la frontera entre Tailandia y Camboya", "es").topics()).contains("ceasefire");
    assertThat(headline("An der Grenze schweigen die Waffen", "de").topics()).contains("ceasefire");
    assertThat(headline("Leaders vow to make the guns fall silent").topics()).doesNotContain("ceasefire");
    assertThat(headline("Beide Seiten wollen die Waffen schweigen lassen", "de").topics()).doesNotContain("ceasefire");
    assertThat(headline("Mali hauls in French envoy over drone remarks").topics()).contains("condemnation");
    assertThat(headline("North Korea lobs two missiles into the sea").topics()).contains("missile-launch");
    assertThat(body("en", "The Security Council on Monday waved through the renewal of the Haiti mission.").topics())
        .contains("un-resolution-adopted");
  }

  @Test
  void eventsToldByTheirConsequence() {
    assertThat(headline("Pjöngjang lässt wieder Raketen über das Japanische Meer fliegen", "de").topics()).contains("missile-launch");
    assertThat(body("fr", "Un missile balistique nord-coréen a fini sa course au large d'Akita, a indiqué Tokyo mardi.").topics())
        .contains("missile-launch");
    assertThat(body("en", "North Korea's missile plunged into the sea off Akita on Tuesday, Tokyo said.").topics())
        .contains("missile-launch");
    assertThat(body("de", "Die Außenminister Perus und Chiles setzten am Montag in Lima ihre Unterschriften unter ein "
        + "Grenzprotokoll.").topics()).contains("agreement-signed");
    assertThat(body("fr", "Les deux présidents ont apposé leur signature lundi au bas de sept mémorandums d'entente entre "
        + "l'Angola et le Brésil.").topics()).contains("agreement-signed");
    assertThat(body("en", "Forty Ukrainian captives walked home across the lines on Tuesday.").topics())
        .contains("detention-release");
    assertThat(body("en", "Spanish troops came home from Lebanon on Tuesday after a six-month mission.").topics())
        .doesNotContain("detention-release");
    Enrichment quito = headline("Quito llama a casa a su embajador y echa el cerrojo a la frontera con Perú", "es");
    assertThat(quito.topics()).contains("relations-downgraded", "sanctions-imposed");
    assertThat(headline("Malabo fait rentrer son ambassadeur à Libreville", "fr").topics()).contains("relations-downgraded");
  }

  @Test
  void figuresOfSpeechPrisonTermsFlightsAndProtestsHandedOverReportNoEvent() {
    assertThat(body("fr", "Les armes se sont tues au Palais-Bourbon, au moins jusqu'à Noël.").topics()).doesNotContain("ceasefire");
    assertThat(body("fr", "Les oppositions dénoncent une mascarade budgétaire.").topics()).doesNotContain("condemnation");
    assertThat(body("es", "Treinta personas que cumplían condena en cárceles de Bielorrusia cruzaron la frontera con Lituania "
        + "el miércoles.").topics()).doesNotContain("condemnation");
    assertThat(body("en", "Three Russian embassy staff boarded a flight to Istanbul on Friday, a day before Moldova's deadline.")
        .topics()).doesNotContain("military-escalation");
    assertThat(body("es", "La cancillería rusa citó al embajador moldavo y le entregó una enérgica protesta el martes.").topics())
        .doesNotContain("detention-release");
    assertThat(body("en", "Ukraine's foreign ministry said the next round of talks in Istanbul could take place before the end of "
        + "the month.").topics()).doesNotContain("negotiations");
  }

  @Test
  void missilesHurledOrFallenInTheSeaLeadersSatDownAndInspectorsLeftAtTheDoor() {
    assertThat(body("fr", "Un engin balistique nord-coréen est tombé en mer au large d'Akita mardi, a indiqué Tokyo.").topics())
        .contains("missile-launch");
    assertThat(body("en", "Russia hurled 40 missiles at Kyiv overnight, Ukraine's air force said on Tuesday.").topics())
        .contains("missile-launch");
    assertThat(body("en", "Prime Minister Lawrence Wong sat down with Prime Minister Anthony Albanese in Canberra on Wednesday.")
        .topics()).contains("summit-meeting");
    assertThat(headline("Los inspectores del OIEA se quedan en la puerta de Fordo", "es").topics()).contains("nuclear");
  }

  @Test
  void frenchParticiplesThatFoldIntoOtherWordsAreReadAsWritten() {
    assertThat(body("es", "Los camiones varados entre Chile y Argentina esperan desde el lunes.").topics())
        .doesNotContain("humanitarian-aid");
    assertThat(body("es", "Camiones de ayuda entran en Gaza por el paso de Kerem Shalom el lunes.").topics())
        .contains("humanitarian-aid");
    assertThat(body("fr", "Un convoi d'aide humanitaire est entré lundi à El-Facher.").topics()).contains("humanitarian-aid");
  }

  @Test
  void budgetAndCampaignTrucesGovernmentsFormedAtHomeAndReopeningsInViewReportNoEvent() {
    assertThat(headline("Belgique : la « trêve » budgétaire vole en éclats", "fr").topics()).doesNotContain("ceasefire");
    assertThat(headline("Los candidatos pactan una 'tregua' de campaña en Perú", "es").topics()).doesNotContain("ceasefire");
    assertThat(headline("Alger dément tout contact avec Rabat en vue d'une réouverture de la frontière avec le Maroc", "fr")
        .topics()).doesNotContain("sanctions-lifted");
    assertThat(body("de", "Die Verhandlungen über eine neue Regierung in den Niederlanden sind am Montag ins Stocken geraten.")
        .topics()).doesNotContain("negotiations");
    assertThat(body("es", "Las delegaciones de Kinshasa y Kigali discuten el calendario para el intercambio de prisioneros.")
        .topics()).doesNotContain("detention-release");
  }

  @Test
  void missilesAmongDronesGermanPerfectsInspectorsLockedOutAndTheSecondStoryOfAHeadline() {
    assertThat(body("en", "Russia launched more than 300 attack drones and about fifteen cruise and ballistic missiles at Ukraine "
        + "overnight, Kyiv said on Tuesday.").topics()).contains("missile-launch");
    assertThat(body("de", "Russland hat die Ukraine in der Nacht mit Drohnen und mehreren Marschflugkörpern angegriffen.").topics())
        .contains("missile-launch");
    assertThat(body("de", "Die Armee hat die Stellungen der Rebellen mit Grad-Raketen beschossen.").topics())
        .doesNotContain("missile-launch");
    assertThat(headline("Teheran sperrt IAEA-Inspektoren aus", "de").topics()).contains("nuclear");
    // a dash parts a headline's two stories: the first one's "ohne" does not negate the second
    assertThat(headline("Atomgespräche in Oman ohne Einigung – Iran testet Marschflugkörper", "de").topics())
        .contains("missile-launch", "negotiations");
  }

  @Test
  void courtTermsAssurancesRumoursCorporateDealsAndRoundsStillAheadReportNoEvent() {
    assertThat(body("fr", "Le tribunal correctionnel de Lyon a condamné jeudi un exportateur de machines-outils à trois ans "
        + "d'emprisonnement avec sursis pour violation de l'embargo.").topics()).doesNotContain("condemnation");
    assertThat(body("en", "Poland lifted its objections on Monday after receiving assurances on grain supplies.").topics())
        .doesNotContain("humanitarian-aid");
    assertThat(body("fr", "Rumeurs d'échange de prisonniers entre Moscou et Kiev.").topics()).doesNotContain("detention-release");
    assertThat(body("fr", "Les délégations ont discuté mardi du calendrier d'un échange de prisonniers entre Kinshasa et le M23.")
        .topics()).doesNotContain("detention-release");
    assertThat(body("de", "Von einer Schließung der Botschaft in Teheran ist in Berlin keine Rede.").topics())
        .doesNotContain("relations-downgraded");
    assertThat(body("de", "Bei der Nati hält der Waffenstillstand zwischen Trainer und Captain.").topics())
        .doesNotContain("ceasefire");
    assertThat(body("es", "El grupo bancario Solaria firmó el martes el acuerdo para adquirir el 40% de una aseguradora chilena.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "Korea's Daeyang Motors and Polish auto-parts group Gorski signed a $900 million agreement on Monday "
        + "to build a plant near Wroclaw.").topics()).doesNotContain("agreement-signed");
    assertThat(body("en", "The two governments issued separate statements, and neither mentioned a signed accord.").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("es", "Hace exactamente diez años, el Gobierno y la guerrilla firmaron el acuerdo de paz en La Habana.")
        .topics()).doesNotContain("agreement-signed");
    assertThat(body("es", "Budapest bloqueó el paquete por su disputa sobre los fondos europeos congelados a Hungría.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("en", "Britain froze the assets of two fuel traders supplying Myanmar's military, which rights groups say has "
        + "used air strikes on villages.").topics()).contains("sanctions-imposed").doesNotContain("military-escalation");
    assertThat(body("fr", "Le peso recule avant la reprise des négociations commerciales entre Mexico et Washington.").topics())
        .doesNotContain("negotiations");
  }

  @Test
  void quotedHeadlinesOfCorrectionsAnniversariesAndDressingRoomTrucesReportNoEvent() {
    assertThat(body("fr", "Une dépêche parue lundi sous le titre « Dakar expulse un diplomate malien » a été retirée mardi.")
        .topics()).doesNotContain("diplomat-expelled");
    assertThat(body("es", "Una nota distribuida el martes con el titular «Lima expulsa al embajador boliviano» contenía un "
        + "error.").topics()).doesNotContain("diplomat-expelled");
    assertThat(headline("Dos años del canje de prisioneros: las familias siguen esperando", "es").topics())
        .doesNotContain("detention-release");
    assertThat(body("de", "Der „Waffenstillstand“ in der Kabine des FC Thun hält seit dem Pokalsieg.").topics())
        .doesNotContain("ceasefire");
  }

  @Test
  void holdsOnBlacklistingInQuotesOrInGermanAndCoalitionPactsAtHome() {
    Enrichment hold = body("es", "Rusia puso el martes en \"espera técnica\" una propuesta británica para incluir a dos navieras "
        + "en la lista negra de la ONU.");
    assertThat(hold.topics()).contains("sanctions-blocked").doesNotContain("sanctions-imposed");
    assertThat(body("de", "China und Russland haben am Montag einen Antrag Japans gestoppt, drei Reedereien auf die schwarze "
        + "Liste zu setzen.").topics()).contains("sanctions-blocked");
    Enrichment pact = body("en", "On Monday the heads of the three governing parties signed a written pact on the budget.");
    assertThat(pact.topics()).doesNotContain("agreement-signed", "summit-meeting");
  }

  @Test
  void bagsPackedAndRiflesSilent() {
    assertThat(body("en", "Two Russian diplomats were told to pack their bags and leave Estonia within 72 hours.").topics())
        .contains("diplomat-expelled");
    assertThat(body("de", "Ein russischer Diplomat musste am Montag die Koffer packen.").topics()).contains("diplomat-expelled");
    assertThat(body("es", "En la frontera con Venezuela, los fusiles callan desde el martes.").topics()).contains("ceasefire");
  }

  @Test
  void aProposalBlockedInThePassiveIsABlockAndWhatWasDroppedFromItWasNeverListed() {
    // the proposal is the passive's subject: its hedge names what the block befell, not a plan of the block
    assertThat(body("en", "The proposal to extend sanctions on Mali was blocked by Russia on Wednesday.").topics())
        .contains("sanctions-blocked");
    assertThat(body("en", "A bid to blacklist two Sudanese generals was vetoed by Russia on Thursday.").topics())
        .contains("sanctions-blocked");
    assertThat(headline("Proposal to blacklist Sudan commanders vetoed by Russia", "en").topics()).contains("sanctions-blocked");
    assertThat(body("es", "La iniciativa estadounidense para endurecer las sanciones fue vetada el viernes por China y Rusia.")
        .topics()).contains("sanctions-blocked");
    assertThat(body("es", "China puso el martes en suspenso técnico una propuesta para incluir a dos militantes en la lista "
        + "negra.").topics()).contains("sanctions-blocked").doesNotContain("sanctions-imposed");
    assertThat(body("es", "Tres nombres fueron retirados el miércoles de la propuesta de sanciones a instancias de Eslovaquia.")
        .topics()).contains("sanctions-blocked").doesNotContain("sanctions-lifted");
    assertThat(body("en", "Three names were dropped from the proposed sanctions list at Slovakia's insistence on Wednesday.")
        .topics()).contains("sanctions-blocked").doesNotContain("sanctions-lifted");
    // a proposal that may yet be blocked, or a plan of the block, is still no block
    assertThat(body("en", "A bid to impose sanctions on Mali could be blocked by Russia.").topics())
        .doesNotContain("sanctions-blocked");
    assertThat(body("en", "Hungary plans to block the sanctions package.").topics()).doesNotContain("sanctions-blocked");
    assertThat(body("en", "The plan that was blocked by Hungary last year is back on the table.").topics())
        .doesNotContain("sanctions-blocked");
  }

  @Test
  void phrasesAreReadThroughQuotationMarks() {
    assertThat(body("en", "China put a \"technical\" hold on a proposal to blacklist two commanders on Monday.").topics())
        .contains("sanctions-blocked");
    Enrichment held = body("fr", "La Russie a placé lundi en « attente » la proposition de sanctions contre deux commandants.");
    assertThat(held.topics()).contains("sanctions-blocked").doesNotContain("sanctions-imposed");
  }

  @Test
  void roundsOnTheWayToAnAccordAimsBetsAndOtherTradesReportNoSigningOrTalks() {
    Enrichment round = body("en", "India and Britain concluded a fourth round of talks on the free trade agreement in London "
        + "on Friday.");
    assertThat(round.topics()).contains("negotiations").doesNotContain("agreement-signed");
    assertThat(headline("Schweiz und China schließen dritte Verhandlungsrunde zum Freihandelsabkommen ab", "de").topics())
        .doesNotContain("agreement-signed");
    assertThat(body("fr", "Les investisseurs misent sur la reprise des négociations commerciales entre Pékin et Washington.")
        .topics()).doesNotContain("negotiations");
    assertThat(body("fr", "Londres a déposé une proposition visant à inscrire deux commandants sur la liste des sanctions.")
        .topics()).doesNotContain("sanctions-imposed");
    assertThat(body("en", "Sporting's board vetoed the sale of the striker on Monday after talks with Saudi side Al-Qamar "
        + "collapsed on deadline day.").topics()).doesNotContain("negotiations");
    assertThat(body("en", "Coalition talks on benefit sanctions ended without a deal on Thursday.").topics())
        .doesNotContain("sanctions-lifted");
    assertThat(body("de", "Das Schiedsgericht setzte am Dienstag die Sanktionen gegen den SV Hochfelden vorerst aus.").topics())
        .doesNotContain("sanctions-lifted");
  }

  @Test
  void courtsGangsTownsAndShopkeepersActOnNoState() {
    assertThat(headline("Judge freezes shipping magnate's assets", "en").topics()).doesNotContain("sanctions-imposed");
    assertThat(headline("La Audiencia Nacional congela los bienes de un empresario venezolano", "es").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(headline("Le tribunal de Paris gèle les avoirs d'un homme d'affaires russe", "fr").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(headline("Church announces truce between rival gangs in San Pedro Sula", "en").topics())
        .doesNotContain("ceasefire");
    assertThat(headline("Matsumoto and Cremona sign twinning pact", "en").topics()).doesNotContain("agreement-signed");
    assertThat(headline("Retailers hold shop-theft summit in London", "en").topics()).doesNotContain("summit-meeting");
    // a state's freeze is still one
    assertThat(body("en", "Britain froze the assets of two Russian oligarchs on Tuesday.").topics()).contains("sanctions-imposed");
  }

  @Test
  void theWeeksDiaryReportsOnlyWhatItDatesInTheWindow() {
    Enrichment diary = ENRICHER.enrich(new ArticleText("v", "Die Woche voraus: Staatsbesuch aus Paris, Gespräche in Genf",
        "Neben einem Treffen mit dem Bundeskanzler steht ein Auftritt des französischen Präsidenten vor Studierenden in "
            + "Leipzig auf dem Programm.", "de", PUBLISHED));
    assertThat(diary.topics()).doesNotContain("summit-meeting");
    Enrichment ahead = ENRICHER.enrich(new ArticleText("v", "The week ahead: Macron in Berlin, talks in Geneva",
        "Macron meets the chancellor in Berlin, then addresses students in Leipzig.", "en", PUBLISHED));
    assertThat(ahead.topics()).doesNotContain("summit-meeting");
  }

  @Test
  void aPastPerfectDatedByThatMorningIsNews() {
    assertThat(body("en", "The agency told member states on Sunday that its inspectors had been refused entry that morning to "
        + "a storage site near Isfahan.").topics()).contains("nuclear");
    assertThat(body("en", "Its inspectors had been refused entry in 2019.").topics()).doesNotContain("nuclear");
  }

  @Test
  void hintsListsTakenFromExplainersPriceWarsAndGermanSanctionsBids() {
    assertThat(headline("Security Council to vote on Haiti force as China hints at veto").topics()).doesNotContain("un-veto");
    assertThat(headline("U.S. drops potash firms from blacklist").topics()).contains("sanctions-lifted")
        .doesNotContain("sanctions-imposed");
    assertThat(headline("Erklärt: Der Snapback-Mechanismus für Iran", "de").topics()).doesNotContain("nuclear");
    assertThat(headline("Tregua en la guerra de precios: Movilia y Telcosur sellan un acuerdo para compartir red", "es")
        .topics()).doesNotContain("agreement-signed");
    assertThat(headline("Russland und China stoppen Sanktionsvorstoß gegen Nordkorea im Sicherheitsrat", "de").topics())
        .contains("sanctions-blocked");
  }

  private static Enrichment article(String lang, String headline, String body) {
    return ENRICHER.enrich(new ArticleText("v", headline, body, lang, PUBLISHED));
  }

  @Test
  void aHeadlineFiledUnderAStrikeOrAPayRoundTellsWhoseTalksAndTrucesTheBodyReports() {
    assertThat(article("de", "Tarifstreit an Flughäfen: Verhandlungen abgebrochen",
        "Die Verhandlungen wurden in der Nacht zu Dienstag ohne Ergebnis abgebrochen.").topics()).doesNotContain("negotiations");
    assertThat(article("en", "Kenya doctors' strike enters third week as talks with counties collapse",
        "Talks with the county governments collapsed in Nairobi on Monday.").topics()).doesNotContain("negotiations");
    assertThat(article("es", "Huelga en el puerto: fracasan las negociaciones", "Las negociaciones fracasaron el lunes.")
        .topics()).doesNotContain("negotiations");
    // the same words under a headline of states, or of a live page that carries several stories, still report talks
    assertThat(article("en", "European Union and Mercosur conclude trade talks in Brasilia",
        "The European Union and Mercosur concluded a round of trade talks in Brasilia on Monday.").topics())
        .contains("negotiations");
    assertThat(article("en", "Live: port strike enters day three; Serbia, Kosovo resume talks in Brussels",
        "Serbia and Kosovo resumed EU-mediated talks in Brussels on Monday.").topics()).contains("negotiations");
  }

  @Test
  void noMemberAClimbDownAndChipmakersReportNoEvent() {
    assertThat(body("es", "En el Consejo de Seguridad, un borrador británico no alcanzó el lunes los nueve votos necesarios; "
        + "ningún miembro permanente votó en contra.").topics()).doesNotContain("un-veto");
    assertThat(body("es", "Skopie da marcha atrás y retira la expulsión de un diplomático búlgaro.").topics())
        .doesNotContain("diplomat-expelled");
    assertThat(headline("Chipmakers sign supply pact").topics()).doesNotContain("agreement-signed");
  }

  @Test
  void negotiatorsPulledOutMediatorsShuttlingAndFacilitatedTalksAreARoundAndSwapTalksFreeNoOne() {
    assertThat(body("en", "Israel pulled its negotiators out of Doha on Thursday.").topics()).contains("negotiations");
    assertThat(body("fr", "Israël a rappelé jeudi ses négociateurs de Doha.").topics()).contains("negotiations");
    assertThat(body("es", "Israel retiró el jueves a sus negociadores de Doha.").topics()).contains("negotiations");
    assertThat(body("de", "Israel zog am Donnerstag seine Unterhändler aus Doha ab.").topics()).contains("negotiations");
    assertThat(body("en", "Envoys shuttled between the Israeli and Hamas delegations in Doha on Sunday.").topics())
        .contains("negotiations");
    assertThat(body("fr", "Les émissaires ont fait la navette entre les deux délégations toute la journée de jeudi.").topics())
        .contains("negotiations");
    assertThat(body("es", "Los mediadores qataríes iban y venían entre las dos delegaciones el domingo.").topics())
        .contains("negotiations");
    assertThat(body("de", "Die Vermittler pendelten am Sonntag zwischen den beiden Delegationen.").topics())
        .contains("negotiations");
    assertThat(body("en", "Serbia and Kosovo held EU-facilitated talks in Brussels on Monday.").topics())
        .contains("negotiations");
    assertThat(body("en", "Kyiv and Moscow opened prisoner-swap talks in Istanbul on Friday.").topics())
        .doesNotContain("detention-release");
    // a union's side pulled from the table is labour news; a swap carried out still frees captives
    assertThat(body("en", "The union pulled its negotiators out of the pay talks on Friday.").topics())
        .doesNotContain("negotiations");
    assertThat(body("en", "Russia and Ukraine exchanged 84 prisoners on Friday.").topics()).contains("detention-release");
  }

  @Test
  void theWeeksDiaryDatesItsItemsByTheDaysToCome() {
    Enrichment week = article("en", "Week ahead: EU ministers weigh Ukraine support, Council votes on Golan force",
        "TUESDAY - The UN Security Council votes on renewing for six months the mandate of the observer force on the Golan "
            + "Heights.\n\nMONDAY - European Union foreign ministers meet in Brussels.");
    assertThat(week.topics()).doesNotContain("un-resolution-adopted", "summit-meeting");
    Enrichment woche = article("de", "Die Woche voraus: Außenminister in Brüssel",
        "MONTAG - Die EU-Außenminister kommen in Brüssel zusammen.");
    assertThat(woche.topics()).doesNotContain("summit-meeting");
    // what the diary dates before its days ahead is still news
    Enrichment overnight = article("en", "Week ahead: Council votes on Golan force",
        "North Korea fired a ballistic missile into the sea overnight, Seoul said.");
    assertThat(overnight.topics()).contains("missile-launch");
  }

  @Test
  void theSchoolsPageTheTownHallAndAPayDisputeFileTheirVetoesSanctionsAndTrucesAway() {
    assertThat(article("fr", "Au lycée des Salorges, 300 élèves jouent les diplomates le temps d'un sommet",
        "Dans la salle du « Conseil de sécurité », la délégation jouant la Chine a opposé son veto à un projet de résolution "
            + "présenté par les élèves incarnant les États-Unis.").topics()).doesNotContain("un-veto");
    assertThat(headline("Trescientos delegados escolares firman en Valladolid una «declaración conjunta» contra el acoso", "es")
        .topics()).doesNotContain("agreement-signed");
    assertThat(headline("Bezirksamt verhängt Sanktionen gegen Vermieter der Wiesenhof-Siedlung", "de").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(headline("Council hits landlord with record sanctions").topics()).doesNotContain("sanctions-imposed");
    assertThat(headline("Bus drivers call truce in pay dispute as strike ballot is paused").topics()).doesNotContain("ceasefire");
    assertThat(body("es", "Un equipo de estudiantes lanzó el sábado un cohete de fabricación propia que alcanzó 9 kilómetros.")
        .topics()).doesNotContain("missile-launch");
    // the same acts of states keep their topics, and the Security Council is no town hall; war news names schools too
    assertThat(headline("Security Council imposes arms embargo on South Sudan").topics()).contains("sanctions-imposed");
    assertThat(headline("Schools in Hokkaido told to shelter as North Korea fires missile").topics()).contains("missile-launch");
    assertThat(headline("Gaza schools reopen as truce holds").topics()).contains("ceasefire");
    assertThat(headline("Russia vetoes UN draft on Sudan").topics()).contains("un-veto");
  }

  @Test
  void anActNamedByItsYearIsOfThePastAndASuspensionOfSanctionsImposesNone() {
    assertThat(headline("Rocket flies from the range where a 1995 missile launch once rattled the Kremlin").topics())
        .doesNotContain("missile-launch");
    assertThat(headline("North Korea fires ballistic missile into the sea").topics()).contains("missile-launch");
    assertThat(body("es", "El Tesoro anunció este viernes la suspensión durante seis meses de las sanciones que pesan sobre la "
        + "empresa.").topics()).doesNotContain("sanctions-imposed");
    assertThat(body("es", "Rusia ha vetado el proyecto que habría impuesto sanciones a Myanmar.").topics())
        .contains("sanctions-blocked");
  }

  @Test
  void consulateStaffExpelledAClubFinedAndAidTrucksInspectedReadAsWritten() {
    assertThat(headline("Poland expels Russian consulate staff").topics()).contains("diplomat-expelled");
    assertThat(body("de", "Das Verbandssportgericht hat den Verein am Donnerstag zu einer Geldstrafe von 12.000 Euro und einem "
        + "Teilausschluss der Öffentlichkeit verurteilt.").topics()).doesNotContain("condemnation");
    assertThat(body("de", "Die Bundesregierung hat den Angriff am Donnerstag scharf verurteilt.").topics()).contains("condemnation");
    assertThat(body("fr", "Une quarantaine de camions d'aide restaient bloqués mardi, les autorités israéliennes ayant suspendu "
        + "les inspections.").topics()).doesNotContain("nuclear");
  }

  @Test
  void trucesStillToBeAnnouncedVetoesForeshadowedAndSuspensionsReportedInTheImperfect() {
    assertThat(headline("Mediators expect Sudan humanitarian truce to be announced 'within days'").topics())
        .doesNotContain("ceasefire");
    assertThat(headline("Sudan truce announced").topics()).contains("ceasefire");
    assertThat(body("es", "Estados Unidos votará en contra del proyecto, lo que anticipa un nuevo veto de Washington.").topics())
        .doesNotContain("un-veto");
    assertThat(body("es", "El Tesoro anunció el lunes que suspendía las sanciones contra el productor de potasa.").topics())
        .doesNotContain("sanctions-imposed");
    assertThat(body("es", "Un proyecto ruso, que habría suspendido el embargo durante seis meses, no alcanzó el lunes los nueve "
        + "votos necesarios.").topics()).doesNotContain("sanctions-blocked");
    assertThat(body("fr", "Vilnius a convoqué mercredi le chargé d'affaires pour protester contre l'incursion, dans la nuit, de "
        + "dizaines de ballons de contrebande.").topics()).contains("condemnation").doesNotContain("military-escalation");
  }

  @Test
  void aidOnItsWayIsToldByItsDepartureAndGrainReleasedFreesNoOne() {
    assertThat(headline("WFP convoy rolls out of Lokichogio into South Sudan").topics()).contains("humanitarian-aid");
    assertThat(headline("Un avion chargé d'aide humanitaire décolle pour les réfugiés soudanais du Tchad", "fr").topics())
        .contains("humanitarian-aid");
    assertThat(headline("Despega de Zaragoza el primer A400M con ayuda española para Haití", "es").topics())
        .contains("humanitarian-aid");
    assertThat(headline("Bundeswehr-Maschine mit Hilfsgütern startet in Richtung Sudan", "de").topics())
        .contains("humanitarian-aid");
    assertThat(headline("Britain airlifts tents and blankets to Morocco").topics()).contains("humanitarian-aid");
    assertThat(headline("Ryanair plane takes off with 180 passengers").topics()).doesNotContain("humanitarian-aid");
    assertThat(body("en", "On Thursday the government said it had released a further 5,000 tonnes of maize from the strategic "
        + "grain reserve for refugees.").topics()).doesNotContain("detention-release");
  }

  @Test
  void theBusinessSensesLaunchCompaniesTakeoversInPoundsAndCompaniesDrawnTogether() {
    assertThat(body("de", "Die Trägerrakete des Münchner Unternehmens hat am Donnerstagabend vom Weltraumbahnhof Andøya aus "
        + "erstmals Nutzlasten in eine Umlaufbahn gebracht.").topics()).doesNotContain("missile-launch");
    assertThat(body("fr", "La société a réussi dans la nuit de samedi à dimanche le tir de sa fusée depuis la base de Kourou.")
        .topics()).doesNotContain("missile-launch");
    assertThat(headline("Regulator blocks Halden's 4.2bn-pound takeover of Dutch chip designer").topics())
        .doesNotContain("military-escalation");
    assertThat(body("fr", "La Commission européenne a interdit jeudi le rapprochement entre le constructeur naval français "
        + "Chantiers de l'Armor et l'italien Cantieri di Liguria.").topics()).doesNotContain("relations-restored");
    // a state's launch and a state's shelling keep their topics
    assertThat(headline("North Korea launches spy satellite on long-range rocket").topics()).contains("missile-launch");
    assertThat(headline("Israeli jets pound Hezbollah targets in southern Lebanon").topics()).contains("military-escalation");
  }

  @Test
  void aFirmTakenOffTheListOfSanctionedEntitiesInSpanishIsDelisted() {
    assertThat(body("es", "El Departamento del Tesoro de Estados Unidos retiró el lunes a Belaruskali de su lista de entidades "
        + "sancionadas.").topics()).contains("sanctions-lifted");
    assertThat(body("es", "Los precios cayeron este martes después de que el Tesoro retirara el lunes a Belaruskali de su lista "
        + "de entidades sancionadas.").topics()).contains("sanctions-lifted");
  }

  @Test
  void inspectorsWhoCouldNotEnterAndARefusalDatedBeforeItsInfinitive() {
    assertThat(body("es", "Los inspectores del Organismo Internacional de Energía Atómica no pudieron entrar el miércoles en la "
        + "planta de enriquecimiento de Fordo.").topics()).contains("nuclear");
    assertThat(body("en", "IAEA inspectors could not enter the Fordow site on Wednesday, the agency said.").topics())
        .contains("nuclear");
    assertThat(body("en", "Journalists could not enter the stadium on Wednesday.").topics()).doesNotContain("nuclear");
    assertThat(body("en", "Hungary's envoy refused on Monday to approve the sanctions package.").topics())
        .doesNotContain("sanctions-imposed");
  }
}

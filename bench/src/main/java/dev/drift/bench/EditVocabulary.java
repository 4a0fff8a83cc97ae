package dev.drift.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-written word lists one language's edits draw on: number words, the negation word and the
 * verbs it can go before, antonyms (meaning edits), synonyms and spelling variants (benign edits),
 * and capitalised words that are not a person's or place's name. Spanish is the Reina-Valera 1909's
 * (its accented monosyllables {@code fué}, {@code á}, {@code ó} are what a modern edition spells
 * {@code fue}, {@code a}, {@code o}); English is the World English Bible's (American spelling,
 * contractions). Pairs are written {@code word=replacement, …}, matched as whole words, lower case
 * (a capitalised match gets a capitalised replacement). Immutable.
 *
 * @param language the BCP 47 tag
 * @param cardinals number words that name a count, any one replaceable by another
 * @param ordinals number words that name a rank, any one replaceable by another
 * @param negation the word that negates a verb ({@code no}, {@code not})
 * @param negatives words that already negate a clause, where no negation is added
 * @param negateAfter whether the negation goes after the verb (English auxiliaries) or before it
 *     and its clitic pronouns (Spanish)
 * @param verbs finite verbs a negation can be added to
 * @param verbEndings endings of finite verbs (Spanish futures) a negation can be added to
 * @param clitics pronouns that stay between a Spanish negation and its verb
 * @param antonyms word and antonym
 * @param synonyms word and synonym
 * @param spelling word and its other spelling
 * @param notNames capitalised words that are titles (of God, of Christ) or capitalised common nouns
 *     ("Kingdom", "Scripture"), not names to swap
 */
record EditVocabulary(
    String language,
    List<String> cardinals,
    List<String> ordinals,
    String negation,
    Set<String> negatives,
    boolean negateAfter,
    Set<String> verbs,
    List<String> verbEndings,
    Set<String> clitics,
    Map<String, String> antonyms,
    Map<String, String> synonyms,
    Map<String, String> spelling,
    Set<String> notNames) {

  /**
   * The vocabulary of a language.
   *
   * @param language {@code es} or {@code en}
   * @return the vocabulary
   * @throws IllegalArgumentException for another language
   */
  static EditVocabulary of(String language) {
    return switch (language) {
      case "es" -> SPANISH;
      case "en" -> ENGLISH;
      default -> throw new IllegalArgumentException("no edit vocabulary for " + language);
    };
  }

  /** Words separated by spaces. */
  private static List<String> words(String text) {
    return List.of(text.trim().split("\\s+"));
  }

  /** Pairs written {@code word=replacement}, separated by commas; both directions if asked. */
  private static Map<String, String> pairs(String text, boolean symmetric) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : text.trim().split("\\s*,\\s*")) {
      String[] p = pair.split("=");
      if (p.length != 2) {
        throw new IllegalStateException("not word=replacement: " + pair);
      }
      map.putIfAbsent(p[0].trim(), p[1].trim());
      if (symmetric) {
        map.putIfAbsent(p[1].trim(), p[0].trim());
      }
    }
    return Collections.unmodifiableMap(map);
  }

  static final EditVocabulary SPANISH =
      new EditVocabulary(
          "es",
          words(
              """
              dos tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta
              cincuenta sesenta setenta cien ciento mil"""),
          words(
              """
              primero segundo tercero cuarto quinto sexto séptimo octavo primer tercer primera
              segunda tercera séptima"""),
          "no",
          Set.copyOf(words("no ni nunca jamás tampoco nadie nada ninguno ninguna")),
          false,
          Set.copyOf(
              words(
                  """
                  es era fué fue son eran será serán sea está estaba estaban están había habían hay
                  ha han has hemos hizo hicieron hace dijo dijeron dice puede pudo pueden tiene
                  tenía tienen quiso quiere sabe sabía vió oyó conoció creyó cree habló fueron iba
                  vinieron salió entró dió mandó tomó envió halló hallaron anduvo puso respondió
                  temió amó amaba soy eres somos estoy tengo hago digo sé veo quiero puedo""")),
          words("ará erá irá arás erás irás arán erán irán aré eré iré"),
          Set.copyOf(words("me te se le lo la les los las nos os")),
          pairs(
              """
              grande=pequeño, grandes=pequeños, vivo=muerto, vivos=muertos, viva=muerta,
              bueno=malo, buena=mala, buenos=malos, bien=mal, luz=tinieblas, día=noche,
              vida=muerte, amor=odio, justo=impío, justos=impíos, alto=bajo, mucho=poco,
              muchos=pocos, siempre=nunca, rico=pobre, ricos=pobres, sabio=necio, fuerte=débil,
              cerca=lejos, dentro=fuera, mayor=menor, amó=aborreció, bendijo=maldijo,
              bendito=maldito, limpio=inmundo, verdad=mentira, paz=guerra, gozo=tristeza,
              abrió=cerró, nuevo=viejo, hombre=mujer, hombres=mujeres, hijo=hija, hijos=hijas,
              varón=hembra, subió=descendió, entró=salió, primero=postrero, cielo=infierno,
              derecha=izquierda, mañana=tarde, lleno=vacío, santo=profano""",
              true),
          pairs(
              """
              entonces=luego, luego=después, mas=pero, empero=pero, aconteció=sucedió,
              acaeció=sucedió, asimismo=también, también=asimismo, respondió=contestó,
              contestó=respondió, comenzó=empezó, alzó=levantó, levantó=alzó, oyó=escuchó,
              rostro=cara, temor=miedo, miedo=temor, furor=ira, ira=furor, gozo=alegría,
              alegría=gozo, angustia=congoja, congoja=angustia, heredad=herencia,
              siervo=servidor, siervos=servidores, mozo=joven, camino=sendero, sendas=caminos,
              piedra=roca, presto=pronto, hermoso=bello, hermosa=bella, habló=dijo, varón=hombre,
              morada=habitación, mirad=ved, hallar=encontrar, halló=encontró,
              hallaron=encontraron""",
              false),
          pairs(
              """
              fué=fue, dió=dio, vió=vio, fuí=fui, dí=di, fuése=fuese, á=a, é=e, ó=o,
              obscuridad=oscuridad, obscuro=oscuro, substancia=sustancia""",
              false),
          Set.copyOf(
              words(
                  """
                  Dios Jehová Señor Cristo Jesucristo Salvador Adonai Espíritu Santo Padre Altísimo
                  Omnipotente Salmo Aleluya Rey Hijo Verbo Reino Escritura Escrituras Tabernáculo
                  Amén Bienaventurados""")));

  static final EditVocabulary ENGLISH =
      new EditVocabulary(
          "en",
          words(
              """
              two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
              sixty seventy hundred thousand"""),
          words("first second third fourth fifth sixth seventh eighth"),
          "not",
          Set.copyOf(words("no not never nor neither nothing none nobody")),
          true,
          Set.copyOf(
              words(
                  "is was were are has had have can could will would should did does do must"
                      + " shall may am")),
          List.of(),
          Set.of(),
          pairs(
              """
              great=small, big=little, living=dead, alive=dead, good=evil, light=darkness,
              day=night, life=death, love=hate, loved=hated, righteous=wicked, high=low,
              many=few, always=never, rich=poor, wise=foolish, strong=weak, near=far,
              inside=outside, greater=lesser, blessed=cursed, clean=unclean, truth=lie,
              peace=war, joy=sorrow, opened=closed, new=old, man=woman, men=women, son=daughter,
              sons=daughters, male=female, went up=went down, first=last, heaven=hell,
              right=left, morning=evening, full=empty, holy=profane, friend=enemy""",
              true),
          pairs(
              """
              said=stated, answered=replied, replied=answered, began=started, afraid=frightened,
              great=large, stone=rock, road=path, house=home, gift=present, rich=wealthy,
              strong=powerful, quickly=rapidly, immediately=at once, saw=noticed,
              found=discovered, asked=inquired, told=informed, angry=furious, glad=happy,
              servant=attendant, servants=attendants, also=too, near=close to, country=nation,
              nation=country, people=folk, anger=wrath, wrath=anger, joy=gladness, fear=dread,
              killed=slew, struck=hit, spoke=talked, among=amid, toward=towards""",
              false),
          pairs(
              """
              honor=honour, honorable=honourable, neighbor=neighbour, neighbors=neighbours,
              savior=saviour, labor=labour, favor=favour, gray=grey, judgment=judgement,
              traveled=travelled, worshiped=worshipped, counselor=counsellor, armor=armour,
              valor=valour, skillful=skilful, fulfill=fulfil, recognize=recognise,
              baptized=baptised, don’t=do not, can’t=cannot, won’t=will not, isn’t=is not,
              didn’t=did not, haven’t=have not, wasn’t=was not, doesn’t=does not, aren’t=are not,
              let’s=let us""",
              false),
          Set.copyOf(
              words(
                  """
                  God Lord Yahweh Christ Savior Adonai Spirit Holy Father Most High Son King Word
                  Kingdom Scripture Scriptures Tent Tabernacle Amen Hallelujah Blessed""")));
}

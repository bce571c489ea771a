/**
 * Function words, plus the auxiliary and light verbs of a question ("hoe maak ik een visie",
 * "wat doet de gemeente"): they carry no topic, and requiring them demotes the page on the topic.
 * The one list for planning a query (query.ts) and for telling which words of a title name its
 * subject (ranking.ts).
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [
    'de het een en van in op voor met is zijn wat hoe aan te bij om die dat er of als door naar ook niet wie waar welke mijn ik je we hun kan moet over tot uit dit deze',
    'wij jij u mij ons onze uw waarom wanneer hoeveel kun kunt kunnen moeten mag mogen wil wilt willen ga gaat gaan doe doet doen maak maakt maken krijg krijgt krijgen word wordt worden heb hebt heeft hebben zit zitten geef geeft geven',
  ]
    .join(' ')
    .split(' '),
);

export const isStopword = (folded: string) => STOPWORDS.has(folded);

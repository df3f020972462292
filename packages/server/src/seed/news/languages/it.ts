/** Italiano. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

/** «in Italia», «a San Marino»: the preposition each name takes. */
const IN: Readonly<Record<string, string>> = { 'San Marino': 'a San Marino' };

function inPlace(place: string): string {
  return IN[place] ?? `in ${place}`;
}

/** A percentage read with a vowel first (otto, undici, ottanta…) elides the article: «l'80%». */
function elides(n: number): boolean {
  return String(n).startsWith('8') || n === 11;
}

export const it: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Il commercio di merci della Cina cresce del 4,6% su base annua nel mese di ${MONTHS[month - 1]} ${year}`,
      `Secondo le statistiche doganali, nel mese di ${MONTHS[month - 1]} ${year} il commercio di merci della Cina ha raggiunto 3.820 miliardi di yuan, con un aumento del 4,6% su base annua; le esportazioni sono salite del 6,1% a 2.200 miliardi di yuan e le importazioni del 2,7% a 1.620 miliardi.`,
      'Un responsabile del Ministero del Commercio ha dichiarato che il commercio estero continua a crescere in modo stabile. Gli scambi con i mercati emergenti si sono ampliati e i prodotti meccanici ed elettrici hanno rappresentato quasi il 60% delle esportazioni.',
    ],
    investmentMeasures: [
      'Il Ministero del Commercio adotta 16 misure per stabilizzare ulteriormente gli investimenti esteri',
      'Il Ministero del Commercio ha adottato 16 misure per stabilizzare ulteriormente gli investimenti esteri, che riguardano un più ampio accesso al mercato, la parità di trattamento negli appalti pubblici e nella definizione degli standard e la facilitazione dei flussi transfrontalieri di dati per le imprese a capitale estero.',
      'Una tavola rotonda periodica con le imprese straniere consentirà di rispondere più rapidamente alle loro esigenze. Il ministero attuerà le misure insieme agli altri dipartimenti e ai governi locali.',
    ],
    cantonFair: [
      'Si apre a Guangzhou la Fiera cinese di import-export con oltre 30.000 espositori',
      'Si è aperta a Guangzhou la Fiera cinese di import-export, nota come Fiera di Canton, con oltre 30.000 espositori e più di 200.000 acquirenti esteri registrati in anticipo.',
      "Questa edizione punta sulla manifattura avanzata, sui prodotti di qualità per la casa e sui beni verdi a basse emissioni di carbonio; i nuovi espositori sono circa un quinto del totale. Accanto alla fiera è attiva tutto l'anno una piattaforma online.",
    ],
    jointCommission: [
      "Cina e Brasile riuniscono la commissione economica e commerciale e concordano di ampliare la cooperazione nell'agricoltura e nell'industria verde",
      "Cina e Brasile hanno tenuto a Pechino una riunione della commissione mista per la cooperazione economica e commerciale e hanno concordato di ampliare la cooperazione nell'agricoltura, nelle industrie verdi e nell'economia digitale.",
      'Le due parti hanno esaminato la crescita costante degli scambi e degli investimenti bilaterali e hanno firmato un verbale su facilitazione degli scambi, promozione degli investimenti e ispezione e quarantena dei prodotti agricoli.',
    ],
    consumptionSeason: [
      'Il Ministero del Commercio lancia una stagione nazionale dei consumi di servizi',
      "Il Ministero del Commercio ha lanciato una stagione nazionale dei consumi di servizi, con oltre 5.000 iniziative nella ristorazione, nel turismo, nella cultura, nello sport e nell'assistenza agli anziani.",
      'Gli uffici locali del commercio offriranno sconti e nuovi servizi insieme alle piattaforme online e alle imprese, mentre il ministero seguirà le vendite con il suo sistema di monitoraggio dei big data.',
    ],
    ecommerceAgreement: [
      "Cina e Kazakistan firmano un memorandum d'intesa sulla cooperazione nel commercio elettronico",
      "Il Ministero del Commercio e il ministero kazako competente per il commercio hanno firmato un memorandum d'intesa sulla cooperazione nel commercio elettronico e istituito un gruppo di lavoro sul commercio online transfrontaliero e sulla logistica.",
      'Le due parti condivideranno esperienze sulle politiche per il commercio digitale, formeranno le piccole imprese alla vendita online e aiuteranno più prodotti di qualità dei due Paesi a raggiungere i consumatori.',
    ],
    tradeRemedy: [
      "Il Ministero del Commercio emette la decisione definitiva nell'indagine antidumping sulle importazioni di polifenilensolfuro",
      "Il Ministero del Commercio ha stabilito che le importazioni di polifenilensolfuro provenienti dai Paesi oggetto dell'indagine sono state effettuate in dumping e hanno causato un pregiudizio notevole all'industria nazionale, e applicherà dazi antidumping compresi tra il 5,9% e il 43,6% per cinque anni.",
      "L'indagine è stata condotta nel rispetto della legge cinese e delle regole dell'OMC, e tutte le parti interessate hanno avuto piena possibilità di esprimere le proprie posizioni. I dazi si applicano dal giorno successivo alla pubblicazione dell'avviso.",
    ],
    wtoStatement: [
      "Portavoce del Ministero del Commercio: la Cina sostiene il sistema commerciale multilaterale incentrato sull'OMC",
      "Un portavoce del Ministero del Commercio ha affermato che la Cina sostiene con fermezza il sistema commerciale multilaterale basato su regole, con l'Organizzazione mondiale del commercio al centro, e parteciperà in modo costruttivo alla riforma dell'OMC, compreso il ripristino di un sistema di risoluzione delle controversie pienamente funzionante.",
      'La Cina è pronta a lavorare con tutti i membri per ottenere risultati sul commercio elettronico, sulla facilitazione degli investimenti per lo sviluppo e sui sussidi alla pesca, ha aggiunto il portavoce.',
    ],
    ftaUpgrade: [
      "Cina e Svizzera tengono un nuovo round di negoziati sull'aggiornamento del loro accordo di libero scambio",
      "I negoziatori cinesi e svizzeri hanno tenuto a Pechino un nuovo round di colloqui sull'aggiornamento dell'accordo di libero scambio tra Cina e Svizzera, registrando progressi su scambi di beni e servizi, investimenti e regole di origine.",
      'Le due parti hanno concordato di accelerare i negoziati per giungere al più presto a un accordo aggiornato di alto livello e reciprocamente vantaggioso, e di tenere il prossimo round nei prossimi mesi.',
    ],
    servicesPilot: [
      'Altre otto città entrano nel programma pilota nazionale per lo sviluppo innovativo del commercio di servizi',
      'Il Ministero del Commercio ha inserito altre otto città nel programma pilota nazionale per lo sviluppo innovativo del commercio di servizi, portando a 36 le aree pilota.',
      'Le nuove città pilota sperimenteranno pagamenti transfrontalieri semplificati, il riconoscimento reciproco delle qualifiche professionali e nuovi modelli di commercio digitale di servizi, estendendo al resto del Paese le pratiche che funzionano.',
    ],
    exportControl: [
      'Il Ministero del Commercio pubblica linee guida aggiornate sulla conformità ai controlli sulle esportazioni',
      'Il Ministero del Commercio ha pubblicato linee guida aggiornate sui programmi interni di conformità per il controllo delle esportazioni di beni a duplice uso, con procedure modello per la classificazione, la verifica degli utilizzatori finali e la conservazione della documentazione.',
      'Le linee guida intendono aiutare gli esportatori, soprattutto le piccole e medie imprese, a rispettare i propri obblighi e a commerciare senza ostacoli; il ministero organizzerà corsi di formazione per le imprese in diverse province.',
    ],
    tradeIn: [
      'La sostituzione dei beni di consumo genera vendite per oltre 1.600 miliardi di yuan da inizio anno',
      "Secondo i dati del Ministero del Commercio, da inizio anno sono stati sostituiti oltre 10 milioni di automobili e 120 milioni di elettrodomestici nell'ambito del programma di rottamazione dei beni di consumo, generando vendite per più di 1.600 miliardi di yuan.",
      'Il ministero ha dichiarato che continuerà a finanziare il programma, semplificherà le domande di incentivo e contrasterà le frodi, affinché i consumatori ne beneficino pienamente.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Conferenza per la promozione del commercio e degli investimenti Cina-${place}: firmati ${f.deals} accordi di cooperazione`,
      `L'Ufficio economico e commerciale ha organizzato una conferenza per la promozione del commercio e degli investimenti Cina-${place}, con la partecipazione di ${f.firms} imprese cinesi e ${f.localFirms} imprese locali, durante la quale sono stati firmati ${f.deals} accordi di cooperazione.`,
      "I partecipanti hanno discusso di cooperazione nei prodotti agricoli, nelle nuove energie, nell'economia digitale e nella logistica. L'Ufficio seguirà l'attuazione degli accordi e aiuterà altre imprese delle due parti a trovare partner.",
    ],
    survey: (place, f) => [
      `Sondaggio: ${elides(f.stable) ? "l'" : 'il '}${f.stable}% delle imprese cinesi ${inPlace(place)} prevede un'attività stabile o in crescita`,
      `Secondo un sondaggio dell'Ufficio economico e commerciale condotto su ${f.surveyed} imprese cinesi ${inPlace(place)}, ${elides(f.stable) ? "l'" : 'il '}${f.stable}% prevede che la propria attività resti stabile o cresca nei prossimi dodici mesi.`,
      "Le imprese indicano la domanda di mercato e i partner locali come principali punti di forza e chiedono permessi di lavoro più rapidi e norme più prevedibili. L'Ufficio trasmetterà le loro istanze alle autorità competenti.",
    ],
    brief: (place, f) => [
      `Nota di mercato: ${inPlace(place)} le importazioni di elettrodomestici e prodotti per le nuove energie dalla Cina crescono ${elides(f.growth) ? "dell'" : 'del '}${f.growth}%`,
      `Secondo l'ultima nota di mercato dell'Ufficio economico e commerciale, negli ultimi dodici mesi le importazioni di elettrodomestici e prodotti per le nuove energie dalla Cina ${inPlace(place)} sono cresciute ${elides(f.growth) ? "dell'" : 'del '}${f.growth}%.`,
      'La nota consiglia agli esportatori di conoscere i requisiti locali di certificazione ed etichettatura, creare reti di assistenza post-vendita e concordare con gli acquirenti condizioni di pagamento chiare.',
    ],
    safety: (place) => [
      `L'Ufficio economico e commerciale invita le imprese cinesi ${inPlace(place)} a rafforzare le misure di sicurezza`,
      `L'Ufficio economico e commerciale invita le imprese e i cittadini cinesi ${inPlace(place)} a seguire da vicino la situazione della sicurezza locale, rafforzare le precauzioni e aggiornare i piani di emergenza.`,
      "In caso di emergenza devono contattare subito l'ambasciata o il consolato della Cina e rispettare le leggi e i regolamenti locali.",
    ],
  },
};

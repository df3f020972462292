/** Deutsch. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

/** „in Deutschland“, „in der Schweiz“: names that take an article. */
const IN: Readonly<Record<string, string>> = { Schweiz: 'in der Schweiz' };

function inPlace(place: string): string {
  return IN[place] ?? `in ${place}`;
}

export const de: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Chinas Warenhandel wächst im ${MONTHS[month - 1]} ${year} um 4,6 Prozent`,
      `Nach Angaben der Zollstatistik belief sich Chinas Warenhandel im ${MONTHS[month - 1]} ${year} auf 3,82 Billionen Yuan, 4,6 Prozent mehr als im Vorjahresmonat; die Exporte stiegen um 6,1 Prozent auf 2,2 Billionen Yuan, die Importe um 2,7 Prozent auf 1,62 Billionen Yuan.`,
      'Ein Vertreter des Handelsministeriums sagte, der Außenhandel wachse weiterhin stetig. Der Handel mit Schwellenländern habe zugenommen, und Maschinen- und Elektroprodukte machten fast 60 Prozent der Exporte aus.',
    ],
    investmentMeasures: [
      'Handelsministerium beschließt 16 Maßnahmen zur weiteren Stabilisierung ausländischer Investitionen',
      'Das Handelsministerium hat 16 Maßnahmen zur weiteren Stabilisierung ausländischer Investitionen beschlossen, die einen breiteren Marktzugang, die Gleichbehandlung bei öffentlichen Aufträgen und in der Normung sowie einen erleichterten grenzüberschreitenden Datenverkehr für Unternehmen mit ausländischem Kapital vorsehen.',
      'Ein regelmäßiger runder Tisch mit ausländischen Unternehmen soll deren Anliegen schneller aufgreifen. Das Ministerium will die Maßnahmen gemeinsam mit anderen Behörden und den Lokalregierungen umsetzen.',
    ],
    cantonFair: [
      'Chinesische Import- und Exportmesse in Guangzhou mit mehr als 30.000 Ausstellern eröffnet',
      'In Guangzhou ist die Chinesische Import- und Exportmesse, die Kanton-Messe, mit mehr als 30.000 Ausstellern eröffnet worden; über 200.000 ausländische Einkäufer hatten sich vorab registriert.',
      'Im Mittelpunkt stehen diesmal moderne Fertigung, hochwertige Einrichtungsprodukte sowie grüne, kohlenstoffarme Waren; etwa ein Fünftel der Aussteller ist zum ersten Mal dabei. Begleitend zur Messe läuft ganzjährig eine Online-Plattform.',
    ],
    jointCommission: [
      'China und Brasilien vereinbaren in ihrer Wirtschafts- und Handelskommission mehr Zusammenarbeit in Landwirtschaft und grüner Industrie',
      'China und Brasilien haben in Beijing eine Sitzung ihrer Gemischten Kommission für wirtschaftliche und handelspolitische Zusammenarbeit abgehalten und vereinbart, ihre Zusammenarbeit in der Landwirtschaft, in grünen Industrien und in der digitalen Wirtschaft auszubauen.',
      'Beide Seiten würdigten das stetige Wachstum von Handel und Investitionen und unterzeichneten ein Protokoll zu Handelserleichterungen, Investitionsförderung sowie Inspektion und Quarantäne von Agrarprodukten.',
    ],
    consumptionSeason: [
      'Handelsministerium startet landesweite Saison für Dienstleistungskonsum',
      'Das Handelsministerium hat eine landesweite Saison für Dienstleistungskonsum gestartet, mit mehr als 5000 Veranstaltungen in Gastronomie, Tourismus, Kultur, Sport und Seniorenbetreuung.',
      'Die örtlichen Handelsbehörden bieten gemeinsam mit Online-Plattformen und Unternehmen Rabatte und neue Dienstleistungen an; das Ministerium verfolgt die Umsätze mit seinem Big-Data-Monitoring.',
    ],
    ecommerceAgreement: [
      'China und Kasachstan unterzeichnen Absichtserklärung zur Zusammenarbeit im E-Commerce',
      'Das Handelsministerium und das kasachische Handelsministerium haben eine Absichtserklärung zur Zusammenarbeit im elektronischen Handel unterzeichnet und eine Arbeitsgruppe für grenzüberschreitenden Onlinehandel und Logistik eingerichtet.',
      'Beide Seiten wollen Erfahrungen in der Politik für den digitalen Handel austauschen, kleine Unternehmen im Onlinevertrieb schulen und mehr hochwertigen Produkten beider Länder den Weg zu den Verbrauchern ebnen.',
    ],
    tradeRemedy: [
      'Handelsministerium trifft endgültige Entscheidung im Antidumpingverfahren zu Einfuhren von Polyphenylensulfid',
      'Das Handelsministerium hat festgestellt, dass Einfuhren von Polyphenylensulfid aus den untersuchten Ländern gedumpt waren und dem heimischen Wirtschaftszweig eine bedeutende Schädigung verursacht haben, und erhebt für fünf Jahre Antidumpingzölle von 5,9 bis 43,6 Prozent.',
      'Die Untersuchung wurde nach chinesischem Recht und den WTO-Regeln geführt; alle interessierten Parteien hatten ausreichend Gelegenheit zur Stellungnahme. Die Zölle gelten ab dem Tag nach der Bekanntmachung.',
    ],
    wtoStatement: [
      'Sprecher des Handelsministeriums: China unterstützt das multilaterale Handelssystem mit der WTO als Kern',
      'Ein Sprecher des Handelsministeriums erklärte, China unterstütze entschieden das regelbasierte multilaterale Handelssystem mit der Welthandelsorganisation als Kern und werde sich konstruktiv an der WTO-Reform beteiligen, einschließlich der Wiederherstellung eines voll funktionsfähigen Streitbeilegungssystems.',
      'China sei bereit, mit allen Mitgliedern Ergebnisse beim elektronischen Handel, bei der Investitionserleichterung für Entwicklung und bei Fischereisubventionen zu erzielen, fügte der Sprecher hinzu.',
    ],
    ftaUpgrade: [
      'China und die Schweiz führen neue Verhandlungsrunde zur Modernisierung ihres Freihandelsabkommens',
      'Chinesische und Schweizer Unterhändler haben in Beijing eine neue Gesprächsrunde zur Modernisierung des chinesisch-schweizerischen Freihandelsabkommens geführt und Fortschritte beim Waren- und Dienstleistungshandel, bei Investitionen und bei den Ursprungsregeln erzielt.',
      'Beide Seiten vereinbarten, die Verhandlungen zu beschleunigen, um möglichst bald ein modernisiertes Abkommen auf hohem Niveau und zum beiderseitigen Nutzen zu erreichen, und die nächste Runde in den kommenden Monaten abzuhalten.',
    ],
    servicesPilot: [
      'Acht weitere Städte schließen sich dem nationalen Pilotprogramm für innovativen Dienstleistungshandel an',
      'Das Handelsministerium hat acht weitere Städte in das nationale Pilotprogramm für die innovative Entwicklung des Dienstleistungshandels aufgenommen; damit gibt es nun 36 Pilotgebiete.',
      'Die neuen Pilotstädte erproben einfachere grenzüberschreitende Zahlungen, die gegenseitige Anerkennung von Berufsqualifikationen und neue Modelle des digitalen Dienstleistungshandels und geben bewährte Ansätze an das ganze Land weiter.',
    ],
    exportControl: [
      'Handelsministerium veröffentlicht aktualisierte Leitlinien zur Exportkontroll-Compliance für Unternehmen',
      'Das Handelsministerium hat aktualisierte Leitlinien für interne Compliance-Programme zur Exportkontrolle von Dual-Use-Gütern veröffentlicht, mit Musterverfahren für Güterklassifizierung, Endverwenderprüfung und Aufbewahrung von Unterlagen.',
      'Die Leitlinien sollen Exporteuren, vor allem kleinen und mittleren Unternehmen, helfen, ihre Pflichten zu erfüllen und reibungslos Handel zu treiben; das Ministerium bietet in mehreren Provinzen Schulungen für Unternehmen an.',
    ],
    tradeIn: [
      'Eintauschprogramm für Konsumgüter bringt seit Jahresbeginn mehr als 1,6 Billionen Yuan Umsatz',
      'Nach Angaben des Handelsministeriums wurden seit Jahresbeginn im Rahmen des Eintauschprogramms für Konsumgüter mehr als 10 Millionen Autos und 120 Millionen Haushaltsgeräte eingetauscht, was einen Umsatz von über 1,6 Billionen Yuan brachte.',
      'Das Ministerium will die Finanzierung des Programms fortsetzen, die Beantragung von Zuschüssen vereinfachen und gegen Betrug vorgehen, damit die Verbraucher in vollem Umfang profitieren.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Handels- und Investitionsförderkonferenz China–${place}: ${f.deals} Kooperationsabkommen unterzeichnet`,
      `Das Wirtschafts- und Handelsbüro hat eine Handels- und Investitionsförderkonferenz China–${place} ausgerichtet, an der ${f.firms} chinesische und ${f.localFirms} einheimische Unternehmen teilnahmen; dabei wurden ${f.deals} Kooperationsabkommen unterzeichnet.`,
      'Die Teilnehmer erörterten die Zusammenarbeit bei Agrarprodukten, neuen Energien, digitaler Wirtschaft und Logistik. Das Büro wird die Umsetzung der Abkommen begleiten und weiteren Unternehmen beider Seiten bei der Partnersuche helfen.',
    ],
    survey: (place, f) => [
      `Umfrage: ${f.stable} Prozent der chinesischen Unternehmen ${inPlace(place)} erwarten stabile oder wachsende Geschäfte`,
      `Eine Umfrage des Wirtschafts- und Handelsbüros unter ${f.surveyed} chinesischen Unternehmen ${inPlace(place)} zeigt, dass ${f.stable} Prozent in den nächsten zwölf Monaten mit stabilen oder wachsenden Geschäften rechnen.`,
      'Als wichtigste Stärken nannten die Unternehmen die Marktnachfrage und ihre lokalen Partner; sie wünschen sich schnellere Arbeitsgenehmigungen und berechenbarere Vorschriften. Das Büro wird ihre Anliegen an die zuständigen Behörden weitergeben.',
    ],
    brief: (place, f) => [
      `Marktbericht ${place}: Einfuhren chinesischer Haushaltsgeräte und Produkte für neue Energien steigen um ${f.growth} Prozent`,
      `Laut dem jüngsten Marktbericht des Wirtschafts- und Handelsbüros sind die Einfuhren von Haushaltsgeräten und Produkten für neue Energien aus China ${inPlace(place)} in den vergangenen zwölf Monaten um ${f.growth} Prozent gestiegen.`,
      'Der Bericht empfiehlt Exporteuren, sich mit den örtlichen Zertifizierungs- und Kennzeichnungsvorschriften vertraut zu machen, Servicenetze aufzubauen und mit ihren Abnehmern klare Zahlungsbedingungen zu vereinbaren.',
    ],
    safety: (place) => [
      `Wirtschafts- und Handelsbüro ruft chinesische Unternehmen ${inPlace(place)} zu mehr Sicherheitsvorkehrungen auf`,
      `Das Wirtschafts- und Handelsbüro ruft chinesische Unternehmen und Staatsangehörige ${inPlace(place)} dazu auf, die Sicherheitslage vor Ort genau zu verfolgen, ihre Vorkehrungen zu verstärken und ihre Notfallpläne zu aktualisieren.`,
      'Im Notfall sollen sie sich umgehend an die chinesische Botschaft oder das Generalkonsulat wenden und die örtlichen Gesetze und Vorschriften beachten.',
    ],
  },
};

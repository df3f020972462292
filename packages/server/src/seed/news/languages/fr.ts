/** Français. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** « en France », « au Canada », « aux Comores »…: the preposition each name takes. */
const IN: Readonly<Record<string, string>> = {
  Bénin: 'au Bénin',
  'Burkina Faso': 'au Burkina Faso',
  Burundi: 'au Burundi',
  Cameroun: 'au Cameroun',
  Tchad: 'au Tchad',
  Comores: 'aux Comores',
  Djibouti: 'à Djibouti',
  Gabon: 'au Gabon',
  Madagascar: 'à Madagascar',
  Mali: 'au Mali',
  Maurice: 'à Maurice',
  Niger: 'au Niger',
  Rwanda: 'au Rwanda',
  Sénégal: 'au Sénégal',
  Seychelles: 'aux Seychelles',
  Togo: 'au Togo',
  Luxembourg: 'au Luxembourg',
  Monaco: 'à Monaco',
  Canada: 'au Canada',
  'La Réunion': 'à La Réunion',
  Mayotte: 'à Mayotte',
  'Union européenne': "dans l'Union européenne",
};

function inPlace(place: string): string {
  return IN[place] ?? `en ${place}`;
}

export const fr: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Le commerce de marchandises de la Chine progresse de 4,6 % sur un an en ${MONTHS[month - 1]} ${year}`,
      `Selon les statistiques des douanes, le commerce de marchandises de la Chine a atteint 3 820 milliards de yuans en ${MONTHS[month - 1]} ${year}, en hausse de 4,6 % sur un an, les exportations progressant de 6,1 % à 2 200 milliards de yuans et les importations de 2,7 % à 1 620 milliards de yuans.`,
      'Un responsable du ministère du Commerce a indiqué que le commerce extérieur poursuivait une croissance régulière. Les échanges avec les marchés émergents se sont développés et les produits mécaniques et électriques ont représenté près de 60 % des exportations.',
    ],
    investmentMeasures: [
      'Le ministère du Commerce adopte 16 mesures pour stabiliser davantage les investissements étrangers',
      "Le ministère du Commerce a adopté 16 mesures pour stabiliser davantage les investissements étrangers, qui portent sur un accès élargi au marché, l'égalité de traitement dans les marchés publics et l'élaboration des normes, ainsi que sur la facilitation des flux transfrontaliers de données pour les entreprises à capitaux étrangers.",
      'Une table ronde régulière avec les entreprises étrangères permettra de répondre plus rapidement à leurs préoccupations. Le ministère mettra en œuvre ces mesures avec les autres administrations et les autorités locales.',
    ],
    cantonFair: [
      "La Foire chinoise d'import-export s'ouvre à Guangzhou avec plus de 30 000 exposants",
      "La Foire chinoise d'import-export, dite Foire de Canton, s'est ouverte à Guangzhou avec plus de 30 000 exposants et plus de 200 000 acheteurs étrangers préinscrits.",
      "Cette session met l'accent sur la fabrication avancée, l'équipement de la maison de qualité et les produits verts et bas carbone ; les nouveaux exposants représentent environ un cinquième du total. Une plateforme en ligne fonctionne toute l'année en parallèle de l'exposition.",
    ],
    jointCommission: [
      "La Chine et le Brésil réunissent leur commission économique et commerciale et conviennent d'élargir leur coopération agricole et verte",
      "La Chine et le Brésil ont tenu à Beijing une réunion de leur commission mixte de coopération économique et commerciale et sont convenus d'élargir leur coopération dans l'agriculture, les industries vertes et l'économie numérique.",
      "Les deux parties ont passé en revue la croissance régulière des échanges et des investissements bilatéraux et ont signé un procès-verbal portant sur la facilitation des échanges, la promotion des investissements ainsi que l'inspection et la quarantaine des produits agricoles.",
    ],
    consumptionSeason: [
      'Le ministère du Commerce lance une saison nationale de la consommation de services',
      'Le ministère du Commerce a lancé une saison nationale de la consommation de services, avec plus de 5 000 événements dans la restauration, le tourisme, la culture, le sport et les services aux personnes âgées.',
      'Les services locaux du commerce proposeront, avec les plateformes en ligne et les entreprises, des réductions et de nouveaux services, et le ministère suivra les ventes grâce à son dispositif de surveillance par mégadonnées.',
    ],
    ecommerceAgreement: [
      "La Chine et le Kazakhstan signent un protocole d'accord sur la coopération dans le commerce électronique",
      "Le ministère du Commerce et le ministère kazakh chargé du commerce ont signé un protocole d'accord sur la coopération dans le commerce électronique et créé un groupe de travail sur le commerce en ligne transfrontalier et la logistique.",
      'Les deux parties partageront leur expérience en matière de politique du commerce numérique, formeront les petites entreprises à la vente en ligne et aideront davantage de produits de qualité des deux pays à atteindre les consommateurs.',
    ],
    tradeRemedy: [
      "Le ministère du Commerce rend sa décision finale dans l'enquête antidumping sur les importations de polysulfure de phénylène",
      "Le ministère du Commerce a établi que les importations de polysulfure de phénylène en provenance des pays visés faisaient l'objet d'un dumping et causaient un préjudice important à la branche de production nationale ; il imposera des droits antidumping de 5,9 % à 43,6 % pendant cinq ans.",
      "L'enquête a été menée conformément au droit chinois et aux règles de l'OMC, et toutes les parties intéressées ont pu faire valoir leurs points de vue. Les droits s'appliquent à compter du lendemain de la publication de l'avis.",
    ],
    wtoStatement: [
      "Porte-parole du ministère du Commerce : la Chine soutient le système commercial multilatéral centré sur l'OMC",
      "Un porte-parole du ministère du Commerce a déclaré que la Chine soutenait fermement le système commercial multilatéral fondé sur des règles, dont l'Organisation mondiale du commerce est le cœur, et qu'elle participerait de manière constructive à la réforme de l'OMC, notamment au rétablissement d'un système de règlement des différends pleinement opérationnel.",
      "La Chine est prête à travailler avec tous les membres pour obtenir des résultats sur le commerce électronique, la facilitation de l'investissement pour le développement et les subventions à la pêche, a ajouté le porte-parole.",
    ],
    ftaUpgrade: [
      'La Chine et la Suisse tiennent un nouveau cycle de négociations sur la modernisation de leur accord de libre-échange',
      "Les négociateurs chinois et suisses ont tenu à Beijing un nouveau cycle de discussions sur la modernisation de l'accord de libre-échange sino-suisse et ont progressé sur le commerce des marchandises et des services, l'investissement et les règles d'origine.",
      "Les deux parties sont convenues d'accélérer les négociations afin de parvenir au plus tôt à un accord modernisé de haut niveau et mutuellement avantageux, et de tenir le prochain cycle dans les mois à venir.",
    ],
    servicesPilot: [
      'Huit nouvelles villes rejoignent le programme pilote national de développement innovant du commerce des services',
      'Le ministère du Commerce a ajouté huit villes au programme pilote national de développement innovant du commerce des services, portant à 36 le nombre de zones pilotes.',
      'Les nouvelles villes pilotes expérimenteront des paiements transfrontaliers simplifiés, la reconnaissance mutuelle des qualifications professionnelles et de nouveaux modèles de commerce numérique des services, et partageront les pratiques concluantes avec le reste du pays.',
    ],
    exportControl: [
      'Le ministère du Commerce publie des lignes directrices actualisées sur la conformité en matière de contrôle des exportations',
      'Le ministère du Commerce a publié des lignes directrices actualisées sur les programmes internes de conformité pour le contrôle des exportations de biens à double usage, avec des procédures types pour la classification, la vérification des utilisateurs finaux et la tenue des registres.',
      'Ces lignes directrices doivent aider les exportateurs, en particulier les petites et moyennes entreprises, à respecter leurs obligations et à commercer sans difficulté ; le ministère organisera des formations pour les entreprises dans plusieurs provinces.',
    ],
    tradeIn: [
      "Les reprises de biens de consommation génèrent plus de 1 600 milliards de yuans de ventes depuis le début de l'année",
      "Selon les données du ministère du Commerce, plus de 10 millions de voitures et 120 millions d'appareils électroménagers ont été repris dans le cadre du programme de remplacement des biens de consommation depuis le début de l'année, générant plus de 1 600 milliards de yuans de ventes.",
      "Le ministère a indiqué qu'il continuerait à financer le programme, simplifierait les demandes de subvention et lutterait contre la fraude afin que les consommateurs en profitent pleinement.",
    ],
  },
  office: {
    promotion: (place, f) => [
      `Conférence de promotion du commerce et de l'investissement Chine–${place} : ${f.deals} accords de coopération signés`,
      `Le Bureau économique et commercial a organisé une conférence de promotion du commerce et de l'investissement Chine–${place}, qui a réuni ${f.firms} entreprises chinoises et ${f.localFirms} entreprises locales ; ${f.deals} accords de coopération y ont été signés.`,
      "Les participants ont discuté de coopération dans les produits agricoles, les nouvelles énergies, l'économie numérique et la logistique. Le Bureau suivra la mise en œuvre des accords et aidera davantage d'entreprises des deux parties à trouver des partenaires.",
    ],
    survey: (place, f) => [
      `Enquête : ${f.stable} % des entreprises chinoises ${inPlace(place)} prévoient une activité stable ou en hausse`,
      `Selon une enquête du Bureau économique et commercial auprès de ${f.surveyed} entreprises chinoises ${inPlace(place)}, ${f.stable} % d'entre elles prévoient une activité stable ou en croissance au cours des douze prochains mois.`,
      'Les entreprises citent la demande du marché et leurs partenaires locaux comme principaux atouts, et souhaitent des permis de travail plus rapides et une réglementation plus prévisible. Le Bureau transmettra leurs attentes aux autorités compétentes.',
    ],
    brief: (place, f) => [
      `Note de marché : les importations d'électroménager et de produits des nouvelles énergies chinois progressent de ${f.growth} % ${inPlace(place)}`,
      `La dernière note de marché du Bureau économique et commercial indique que les importations d'appareils électroménagers et de produits des nouvelles énergies en provenance de Chine ont augmenté de ${f.growth} % ${inPlace(place)} au cours des douze derniers mois.`,
      "La note recommande aux exportateurs de bien connaître les exigences locales de certification et d'étiquetage, de développer leur réseau de service après-vente et de convenir de conditions de paiement claires avec leurs acheteurs.",
    ],
    safety: (place) => [
      `Le Bureau économique et commercial appelle les entreprises chinoises ${inPlace(place)} à renforcer leurs mesures de sécurité`,
      `Le Bureau économique et commercial appelle les entreprises et les ressortissants chinois ${inPlace(place)} à suivre de près la situation sécuritaire locale, à renforcer leurs mesures de sécurité et à mettre à jour leurs plans d'urgence.`,
      "En cas d'urgence, ils sont invités à contacter sans délai l'ambassade ou le consulat de Chine et à respecter les lois et règlements locaux.",
    ],
  },
};

/** English: the translations the ministry publishes first. */
import { bare, monthEn } from '../context.js';
import type { LanguagePack } from '../multilingual.js';

export const en: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `China's goods trade rises 4.6% year on year in ${monthEn(month)} ${year}`,
      `Customs statistics show that China's goods trade reached 3.82 trillion yuan in ${monthEn(month)} ${year}, up 4.6% year on year, with exports up 6.1% to 2.2 trillion yuan and imports up 2.7% to 1.62 trillion yuan.`,
      'An official of the Ministry of Commerce said foreign trade continued to grow steadily. Trade with emerging markets expanded, and mechanical and electrical products accounted for almost 60% of exports.',
    ],
    investmentMeasures: [
      'MOFCOM introduces 16 measures to further stabilize foreign investment',
      'The Ministry of Commerce has introduced 16 measures to further stabilize foreign investment, covering wider market access, equal treatment in government procurement and standard-setting, and easier cross-border data flows for foreign-invested enterprises.',
      'A regular roundtable with foreign companies will handle their concerns more quickly. The ministry will work with other departments and local governments to put the measures into practice.',
    ],
    cantonFair: [
      'China Import and Export Fair opens in Guangzhou with more than 30,000 exhibitors',
      'The China Import and Export Fair, known as the Canton Fair, opened in Guangzhou with more than 30,000 exhibitors and over 200,000 overseas buyers registered in advance.',
      'This session focuses on advanced manufacturing, quality home products and green, low-carbon goods, and new exhibitors make up about a fifth of the total. An online platform runs alongside the exhibition all year round.',
    ],
    jointCommission: [
      'China and Brazil hold economic and trade commission meeting, agree to expand cooperation in agriculture and green industries',
      'China and Brazil held a meeting of their joint commission on economic and trade cooperation in Beijing and agreed to expand cooperation in agriculture, green industries and the digital economy.',
      'The two sides reviewed the steady growth of bilateral trade and investment, and signed minutes on trade facilitation, investment promotion and the inspection and quarantine of farm products.',
    ],
    consumptionSeason: [
      'MOFCOM launches nationwide service consumption season',
      'The Ministry of Commerce has launched a nationwide service consumption season, with more than 5,000 events in catering, tourism, culture, sports and elderly care.',
      'Local commerce departments will work with online platforms and businesses to offer discounts and new services, and the ministry will track sales through its big-data monitoring.',
    ],
    ecommerceAgreement: [
      'China and Kazakhstan sign memorandum of understanding on e-commerce cooperation',
      "The Ministry of Commerce and Kazakhstan's trade ministry signed a memorandum of understanding on e-commerce cooperation and set up a working group on cross-border online trade and logistics.",
      'The two sides will share experience in digital commerce policy, train small businesses to sell online and help more quality products from both countries reach consumers.',
    ],
    tradeRemedy: [
      'MOFCOM issues final ruling in anti-dumping investigation into imports of polyphenylene sulfide',
      'The Ministry of Commerce has ruled that imports of polyphenylene sulfide from the countries under investigation were dumped and caused material injury to the domestic industry, and will levy anti-dumping duties of 5.9% to 43.6% for five years.',
      'The investigation was conducted in accordance with Chinese law and WTO rules, and all interested parties had full opportunity to present their views. The duties apply from the day after the announcement.',
    ],
    wtoStatement: [
      'MOFCOM spokesperson: China supports the multilateral trading system with the WTO at its core',
      'A MOFCOM spokesperson said China firmly supports the rules-based multilateral trading system with the World Trade Organization at its core and will take part constructively in WTO reform, including restoring a fully functioning dispute settlement system.',
      'China is ready to work with all members for results on e-commerce, investment facilitation for development and fisheries subsidies, the spokesperson added.',
    ],
    ftaUpgrade: [
      'China and Switzerland hold new round of negotiations on upgrading their free trade agreement',
      'Chinese and Swiss negotiators held a new round of talks in Beijing on upgrading the China-Switzerland Free Trade Agreement and made progress on trade in goods and services, investment and rules of origin.',
      'Both sides agreed to speed up the talks in order to reach a high-standard, mutually beneficial upgrade as early as possible, and to hold the next round in the coming months.',
    ],
    servicesPilot: [
      'Eight more cities join national pilot programme for innovative development of trade in services',
      'The Ministry of Commerce has added eight cities to the national pilot programme for the innovative development of trade in services, bringing the number of pilot areas to 36.',
      'The new pilot cities will try out easier cross-border payments, mutual recognition of professional qualifications and new models of digital services trade, and share what works with the rest of the country.',
    ],
    exportControl: [
      'MOFCOM publishes updated guidelines on export control compliance for companies',
      'The Ministry of Commerce has published updated guidelines on internal compliance programmes for the export control of dual-use items, with model procedures for classification, end-user screening and record-keeping.',
      'The guidelines are meant to help exporters, especially small and medium-sized ones, meet their obligations and trade smoothly, and the ministry will hold training sessions for companies in several provinces.',
    ],
    tradeIn: [
      'Consumer goods trade-ins drive sales of more than 1.6 trillion yuan this year',
      'Ministry of Commerce data show that more than 10 million cars and 120 million household appliances have been traded in under the consumer goods trade-in programme so far this year, driving sales of over 1.6 trillion yuan.',
      'The ministry said it would keep funding flowing to the programme, simplify subsidy applications and crack down on fraud so that consumers benefit fully.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `China-${bare(place)} trade and investment promotion conference signs ${f.deals} cooperation agreements`,
      `The economic and commercial office held a China-${bare(place)} trade and investment promotion conference attended by ${f.firms} Chinese and ${f.localFirms} local companies, at which ${f.deals} cooperation agreements were signed.`,
      'Participants discussed cooperation in farm products, new energy, the digital economy and logistics. The office will follow up on the agreements and help more companies from both sides find partners.',
    ],
    survey: (place, f) => [
      `Survey: ${f.stable}% of Chinese companies in ${place} expect stable or growing business`,
      `A survey of ${f.surveyed} Chinese companies in ${place} by the economic and commercial office shows that ${f.stable}% expect their business to remain stable or grow over the next twelve months.`,
      'Companies named market demand and local partners as their main strengths, and asked for faster work permits and more predictable regulation. The office will pass their views on to the competent authorities.',
    ],
    brief: (place, f) => [
      `Market brief: imports of Chinese household appliances and new energy products into ${place} up ${f.growth}%`,
      `The economic and commercial office's latest market brief shows that imports of household appliances and new energy products from China into ${place} grew ${f.growth}% over the past twelve months.`,
      'The brief advises exporters to study local certification and labelling requirements, build after-sales service networks and agree clear payment terms with their buyers.',
    ],
    safety: (place) => [
      `Office reminds Chinese companies in ${place} to step up security precautions`,
      `The economic and commercial office reminds Chinese companies and citizens in ${place} to follow the local security situation closely, step up their precautions and keep their emergency plans up to date.`,
      'In an emergency they should contact the Chinese embassy or consulate without delay, and observe local laws and regulations.',
    ],
  },
};

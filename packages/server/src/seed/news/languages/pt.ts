/** Português (norma europeia, como os nomes dos escritórios). */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
] as const;

/** «no Brasil», «na Guiné-Bissau», «em Angola»: the preposition each name takes. */
const IN: Readonly<Record<string, string>> = {
  Brasil: 'no Brasil',
  'Guiné-Bissau': 'na Guiné-Bissau',
};

function inPlace(place: string): string {
  return IN[place] ?? `em ${place}`;
}

export const pt: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `Comércio de mercadorias da China cresce 4,6% em termos homólogos em ${MONTHS[month - 1]} de ${year}`,
      `Segundo as estatísticas aduaneiras, o comércio de mercadorias da China atingiu 3,82 biliões de yuans em ${MONTHS[month - 1]} de ${year}, mais 4,6% do que no mesmo mês do ano anterior, com as exportações a subirem 6,1%, para 2,2 biliões de yuans, e as importações 2,7%, para 1,62 biliões.`,
      'Um responsável do Ministério do Comércio afirmou que o comércio externo continua a crescer de forma estável. As trocas com os mercados emergentes aumentaram e os produtos mecânicos e elétricos representaram quase 60% das exportações.',
    ],
    investmentMeasures: [
      'Ministério do Comércio adota 16 medidas para estabilizar ainda mais o investimento estrangeiro',
      'O Ministério do Comércio adotou 16 medidas para estabilizar ainda mais o investimento estrangeiro, que abrangem um maior acesso ao mercado, a igualdade de tratamento na contratação pública e na elaboração de normas e a facilitação dos fluxos transfronteiriços de dados para as empresas de capital estrangeiro.',
      'Uma mesa-redonda regular com empresas estrangeiras permitirá responder mais depressa às suas preocupações. O ministério aplicará as medidas em conjunto com outros departamentos e com os governos locais.',
    ],
    cantonFair: [
      'Feira de Importação e Exportação da China abre em Guangzhou com mais de 30 mil expositores',
      'A Feira de Importação e Exportação da China, conhecida como Feira de Cantão, abriu em Guangzhou com mais de 30 mil expositores e mais de 200 mil compradores estrangeiros registados antecipadamente.',
      'Esta edição dá destaque à indústria avançada, a produtos de qualidade para a casa e a bens verdes e de baixo carbono, e os novos expositores representam cerca de um quinto do total. Uma plataforma em linha funciona durante todo o ano em paralelo com a feira.',
    ],
    jointCommission: [
      'China e Brasil reúnem comissão económica e comercial e acordam alargar a cooperação na agricultura e nas indústrias verdes',
      'A China e o Brasil realizaram em Pequim uma reunião da sua comissão mista de cooperação económica e comercial e acordaram alargar a cooperação na agricultura, nas indústrias verdes e na economia digital.',
      'As duas partes analisaram o crescimento constante do comércio e do investimento bilaterais e assinaram uma ata sobre facilitação do comércio, promoção do investimento e inspeção e quarentena de produtos agrícolas.',
    ],
    consumptionSeason: [
      'Ministério do Comércio lança temporada nacional de consumo de serviços',
      'O Ministério do Comércio lançou uma temporada nacional de consumo de serviços, com mais de 5000 eventos nas áreas da restauração, turismo, cultura, desporto e cuidados a idosos.',
      'Os serviços locais de comércio vão oferecer descontos e novos serviços em conjunto com plataformas em linha e empresas, e o ministério acompanhará as vendas através do seu sistema de monitorização de megadados.',
    ],
    ecommerceAgreement: [
      'China e Cazaquistão assinam memorando de entendimento sobre cooperação no comércio eletrónico',
      'O Ministério do Comércio e o ministério cazaque responsável pelo comércio assinaram um memorando de entendimento sobre cooperação no comércio eletrónico e criaram um grupo de trabalho para o comércio em linha transfronteiriço e a logística.',
      'As duas partes vão partilhar experiências em políticas de comércio digital, formar pequenas empresas em vendas em linha e ajudar mais produtos de qualidade dos dois países a chegar aos consumidores.',
    ],
    tradeRemedy: [
      'Ministério do Comércio emite decisão final na investigação antidumping às importações de polissulfureto de fenileno',
      'O Ministério do Comércio concluiu que as importações de polissulfureto de fenileno provenientes dos países investigados foram objeto de dumping e causaram um prejuízo importante à indústria nacional, e vai aplicar direitos antidumping de 5,9% a 43,6% durante cinco anos.',
      'A investigação decorreu em conformidade com a lei chinesa e as regras da OMC, e todas as partes interessadas tiveram plena oportunidade de apresentar os seus pontos de vista. Os direitos aplicam-se a partir do dia seguinte ao da publicação do anúncio.',
    ],
    wtoStatement: [
      'Porta-voz do Ministério do Comércio: China apoia o sistema multilateral de comércio centrado na OMC',
      'Um porta-voz do Ministério do Comércio afirmou que a China apoia firmemente o sistema multilateral de comércio baseado em regras, que tem a Organização Mundial do Comércio como núcleo, e participará de forma construtiva na reforma da OMC, incluindo a reposição de um sistema de resolução de litígios plenamente funcional.',
      'A China está disposta a trabalhar com todos os membros para obter resultados no comércio eletrónico, na facilitação do investimento para o desenvolvimento e nos subsídios à pesca, acrescentou o porta-voz.',
    ],
    ftaUpgrade: [
      'China e Suíça realizam nova ronda de negociações sobre a modernização do seu acordo de comércio livre',
      'Os negociadores chineses e suíços realizaram em Pequim uma nova ronda de conversações sobre a modernização do Acordo de Comércio Livre China-Suíça e registaram progressos no comércio de bens e serviços, no investimento e nas regras de origem.',
      'As duas partes acordaram acelerar as negociações para alcançar o mais cedo possível um acordo modernizado de alto nível e mutuamente vantajoso, e realizar a próxima ronda nos próximos meses.',
    ],
    servicesPilot: [
      'Mais oito cidades aderem ao programa-piloto nacional de desenvolvimento inovador do comércio de serviços',
      'O Ministério do Comércio incluiu mais oito cidades no programa-piloto nacional de desenvolvimento inovador do comércio de serviços, elevando para 36 o número de zonas-piloto.',
      'As novas cidades-piloto vão testar pagamentos transfronteiriços simplificados, o reconhecimento mútuo de qualificações profissionais e novos modelos de comércio digital de serviços, partilhando com o resto do país as práticas bem-sucedidas.',
    ],
    exportControl: [
      'Ministério do Comércio publica orientações atualizadas sobre conformidade no controlo das exportações',
      'O Ministério do Comércio publicou orientações atualizadas sobre programas internos de conformidade para o controlo das exportações de produtos de dupla utilização, com procedimentos-modelo de classificação, verificação de utilizadores finais e conservação de registos.',
      'As orientações destinam-se a ajudar os exportadores, sobretudo as pequenas e médias empresas, a cumprir as suas obrigações e a comerciar sem entraves; o ministério organizará ações de formação para empresas em várias províncias.',
    ],
    tradeIn: [
      'Troca de bens de consumo gera vendas de mais de 1,6 biliões de yuans desde o início do ano',
      'Segundo dados do Ministério do Comércio, desde o início do ano foram trocados mais de 10 milhões de automóveis e 120 milhões de eletrodomésticos no âmbito do programa de substituição de bens de consumo, o que gerou vendas superiores a 1,6 biliões de yuans.',
      'O ministério afirmou que vai continuar a financiar o programa, simplificar os pedidos de subsídio e combater a fraude, para que os consumidores beneficiem plenamente.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Conferência de promoção do comércio e do investimento China-${place} resulta em ${f.deals} acordos de cooperação`,
      `O Escritório Económico e Comercial organizou uma conferência de promoção do comércio e do investimento China-${place}, que reuniu ${f.firms} empresas chinesas e ${f.localFirms} empresas locais e na qual foram assinados ${f.deals} acordos de cooperação.`,
      'Os participantes debateram a cooperação em produtos agrícolas, novas energias, economia digital e logística. O Escritório vai acompanhar a execução dos acordos e ajudar mais empresas das duas partes a encontrar parceiros.',
    ],
    survey: (place, f) => [
      `Inquérito: ${f.stable}% das empresas chinesas ${inPlace(place)} preveem atividade estável ou em crescimento`,
      `Um inquérito do Escritório Económico e Comercial a ${f.surveyed} empresas chinesas ${inPlace(place)} mostra que ${f.stable}% esperam que a sua atividade se mantenha estável ou cresça nos próximos doze meses.`,
      'As empresas apontaram a procura do mercado e os parceiros locais como principais pontos fortes e pediram autorizações de trabalho mais rápidas e regras mais previsíveis. O Escritório transmitirá as suas opiniões às autoridades competentes.',
    ],
    brief: (place, f) => [
      `Nota de mercado: importações de eletrodomésticos e produtos de novas energias chineses ${inPlace(place)} sobem ${f.growth}%`,
      `A mais recente nota de mercado do Escritório Económico e Comercial mostra que as importações de eletrodomésticos e de produtos de novas energias provenientes da China ${inPlace(place)} aumentaram ${f.growth}% nos últimos doze meses.`,
      'A nota recomenda aos exportadores que conheçam os requisitos locais de certificação e rotulagem, criem redes de assistência pós-venda e acordem com os compradores condições de pagamento claras.',
    ],
    safety: (place) => [
      `Escritório Económico e Comercial apela às empresas chinesas ${inPlace(place)} para que reforcem as medidas de segurança`,
      `O Escritório Económico e Comercial apela às empresas e aos cidadãos chineses ${inPlace(place)} para que acompanhem de perto a situação de segurança local, reforcem as precauções e atualizem os seus planos de emergência.`,
      'Em caso de emergência, devem contactar de imediato a embaixada ou o consulado da China e respeitar as leis e os regulamentos locais.',
    ],
  },
};

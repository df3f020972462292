/** Español. */
import type { LanguagePack } from '../multilingual.js';

const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

export const es: LanguagePack = {
  major: {
    tradeFigures: ({ year, month }) => [
      `El comercio de mercancías de China crece un 4,6 % interanual en ${MONTHS[month - 1]} de ${year}`,
      `Según las estadísticas de aduanas, el comercio de mercancías de China alcanzó 3,82 billones de yuanes en ${MONTHS[month - 1]} de ${year}, un 4,6 % más que un año antes; las exportaciones subieron un 6,1 %, hasta 2,2 billones de yuanes, y las importaciones un 2,7 %, hasta 1,62 billones.`,
      'Un responsable del Ministerio de Comercio señaló que el comercio exterior sigue creciendo de forma estable. El intercambio con los mercados emergentes se amplió y los productos mecánicos y eléctricos representaron casi el 60 % de las exportaciones.',
    ],
    investmentMeasures: [
      'El Ministerio de Comercio adopta 16 medidas para seguir estabilizando la inversión extranjera',
      'El Ministerio de Comercio ha adoptado 16 medidas para seguir estabilizando la inversión extranjera, que abarcan un mayor acceso al mercado, la igualdad de trato en la contratación pública y en la elaboración de normas, y la facilitación de los flujos transfronterizos de datos para las empresas con capital extranjero.',
      'Una mesa redonda periódica con empresas extranjeras permitirá atender sus inquietudes con mayor rapidez. El ministerio aplicará las medidas junto con otros departamentos y los gobiernos locales.',
    ],
    cantonFair: [
      'La Feria de Importación y Exportación de China abre en Guangzhou con más de 30 000 expositores',
      'La Feria de Importación y Exportación de China, conocida como Feria de Cantón, abrió sus puertas en Guangzhou con más de 30 000 expositores y más de 200 000 compradores extranjeros inscritos por adelantado.',
      'Esta edición se centra en la fabricación avanzada, los productos de calidad para el hogar y los bienes verdes y bajos en carbono, y los nuevos expositores representan alrededor de una quinta parte del total. Una plataforma en línea funciona todo el año en paralelo a la feria.',
    ],
    jointCommission: [
      'China y Brasil celebran una reunión de su comisión económica y comercial y acuerdan ampliar la cooperación agrícola y verde',
      'China y Brasil celebraron en Beijing una reunión de su comisión mixta de cooperación económica y comercial y acordaron ampliar la cooperación en agricultura, industrias verdes y economía digital.',
      'Ambas partes repasaron el crecimiento constante del comercio y la inversión bilaterales y firmaron un acta sobre facilitación del comercio, promoción de inversiones e inspección y cuarentena de productos agrícolas.',
    ],
    consumptionSeason: [
      'El Ministerio de Comercio lanza una temporada nacional de consumo de servicios',
      'El Ministerio de Comercio ha lanzado una temporada nacional de consumo de servicios, con más de 5000 actividades en restauración, turismo, cultura, deporte y atención a personas mayores.',
      'Los departamentos locales de comercio ofrecerán descuentos y nuevos servicios junto con plataformas en línea y empresas, y el ministerio seguirá las ventas mediante su sistema de monitoreo de macrodatos.',
    ],
    ecommerceAgreement: [
      'China y Kazajistán firman un memorando de entendimiento sobre cooperación en comercio electrónico',
      'El Ministerio de Comercio y el ministerio kazajo responsable del comercio firmaron un memorando de entendimiento sobre cooperación en comercio electrónico y crearon un grupo de trabajo sobre comercio en línea transfronterizo y logística.',
      'Ambas partes compartirán experiencias en políticas de comercio digital, formarán a pequeñas empresas en ventas en línea y ayudarán a que más productos de calidad de los dos países lleguen a los consumidores.',
    ],
    tradeRemedy: [
      'El Ministerio de Comercio emite la resolución definitiva de la investigación antidumping sobre las importaciones de polisulfuro de fenileno',
      'El Ministerio de Comercio determinó que las importaciones de polisulfuro de fenileno procedentes de los países investigados fueron objeto de dumping y causaron un daño importante a la rama de producción nacional, e impondrá derechos antidumping del 5,9 % al 43,6 % durante cinco años.',
      'La investigación se llevó a cabo conforme a la legislación china y las normas de la OMC, y todas las partes interesadas tuvieron plena oportunidad de presentar sus opiniones. Los derechos se aplican a partir del día siguiente a la publicación del anuncio.',
    ],
    wtoStatement: [
      'Portavoz del Ministerio de Comercio: China apoya el sistema multilateral de comercio con la OMC como núcleo',
      'Un portavoz del Ministerio de Comercio afirmó que China apoya firmemente el sistema multilateral de comercio basado en normas, con la Organización Mundial del Comercio como núcleo, y que participará de manera constructiva en la reforma de la OMC, incluido el restablecimiento de un sistema de solución de diferencias plenamente operativo.',
      'China está dispuesta a trabajar con todos los miembros para lograr resultados en comercio electrónico, facilitación de las inversiones para el desarrollo y subvenciones a la pesca, añadió el portavoz.',
    ],
    ftaUpgrade: [
      'China y Suiza celebran una nueva ronda de negociaciones para modernizar su tratado de libre comercio',
      'Los negociadores de China y Suiza celebraron en Beijing una nueva ronda de conversaciones para modernizar el Tratado de Libre Comercio entre China y Suiza y avanzaron en comercio de bienes y servicios, inversión y normas de origen.',
      'Ambas partes acordaron acelerar las negociaciones para alcanzar cuanto antes un acuerdo modernizado de alto nivel y mutuamente beneficioso, y celebrar la próxima ronda en los próximos meses.',
    ],
    servicesPilot: [
      'Ocho ciudades más se suman al programa piloto nacional de desarrollo innovador del comercio de servicios',
      'El Ministerio de Comercio incorporó ocho ciudades al programa piloto nacional de desarrollo innovador del comercio de servicios, con lo que las zonas piloto ascienden a 36.',
      'Las nuevas ciudades piloto ensayarán pagos transfronterizos más sencillos, el reconocimiento mutuo de cualificaciones profesionales y nuevos modelos de comercio digital de servicios, y compartirán con el resto del país las prácticas que den buen resultado.',
    ],
    exportControl: [
      'El Ministerio de Comercio publica directrices actualizadas sobre cumplimiento en materia de control de exportaciones',
      'El Ministerio de Comercio publicó directrices actualizadas sobre los programas internos de cumplimiento para el control de las exportaciones de productos de doble uso, con procedimientos modelo de clasificación, verificación de usuarios finales y conservación de registros.',
      'Las directrices buscan ayudar a los exportadores, en especial a las pequeñas y medianas empresas, a cumplir sus obligaciones y comerciar con fluidez; el ministerio impartirá formación a empresas en varias provincias.',
    ],
    tradeIn: [
      'La renovación de bienes de consumo impulsa ventas de más de 1,6 billones de yuanes en lo que va de año',
      'Según datos del Ministerio de Comercio, en lo que va de año se han renovado más de 10 millones de automóviles y 120 millones de electrodomésticos en el marco del programa de sustitución de bienes de consumo, lo que ha impulsado ventas por más de 1,6 billones de yuanes.',
      'El ministerio indicó que seguirá financiando el programa, simplificará las solicitudes de subvenciones y combatirá el fraude para que los consumidores se beneficien plenamente.',
    ],
  },
  office: {
    promotion: (place, f) => [
      `Conferencia de promoción del comercio y la inversión China-${place}: se firman ${f.deals} acuerdos de cooperación`,
      `La Oficina Económica y Comercial celebró una conferencia de promoción del comercio y la inversión China-${place}, con la participación de ${f.firms} empresas chinas y ${f.localFirms} empresas locales, en la que se firmaron ${f.deals} acuerdos de cooperación.`,
      'Los participantes abordaron la cooperación en productos agrícolas, nuevas energías, economía digital y logística. La Oficina dará seguimiento a los acuerdos y ayudará a más empresas de ambas partes a encontrar socios.',
    ],
    survey: (place, f) => [
      `Encuesta: el ${f.stable} % de las empresas chinas en ${place} prevé una actividad estable o en crecimiento`,
      `Una encuesta de la Oficina Económica y Comercial a ${f.surveyed} empresas chinas en ${place} indica que el ${f.stable} % espera que su actividad se mantenga estable o crezca en los próximos doce meses.`,
      'Las empresas señalaron la demanda del mercado y sus socios locales como principales fortalezas, y pidieron permisos de trabajo más ágiles y una regulación más previsible. La Oficina trasladará sus opiniones a las autoridades competentes.',
    ],
    brief: (place, f) => [
      `Informe de mercado: las importaciones de electrodomésticos y productos de nuevas energías chinos en ${place} suben un ${f.growth} %`,
      `El último informe de mercado de la Oficina Económica y Comercial muestra que las importaciones de electrodomésticos y productos de nuevas energías procedentes de China en ${place} aumentaron un ${f.growth} % en los últimos doce meses.`,
      'El informe recomienda a los exportadores conocer los requisitos locales de certificación y etiquetado, crear redes de servicio posventa y pactar con sus compradores condiciones de pago claras.',
    ],
    safety: (place) => [
      `La Oficina Económica y Comercial pide a las empresas chinas en ${place} reforzar sus medidas de seguridad`,
      `La Oficina Económica y Comercial pide a las empresas y ciudadanos chinos en ${place} que sigan de cerca la situación de seguridad local, refuercen sus precauciones y actualicen sus planes de emergencia.`,
      'En caso de emergencia, deben ponerse en contacto de inmediato con la embajada o el consulado de China y respetar las leyes y normas locales.',
    ],
  },
};

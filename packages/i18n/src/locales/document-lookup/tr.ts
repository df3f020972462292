/** Turkish strings of `<portal-document-lookup>`. */
import type { Translation } from '../../namespace.js';
import type { DocumentLookupStrings } from './index.js';

export default {
  heading: 'Belgeyi numarasıyla bul',
  label: 'Belge numarası',
  hint: 'Gördüğünüz gibi yazın, örneğin 商资发〔2006〕123号 veya 商务部令2004年第14号.',
  readAs: '{{number}} olarak okundu',
  submit: 'Bul',
  notFound: '{{number}} numaralı bir belge yok.',
  didYouMean: 'Bunlardan birini mi kastettiniz?',
  suggestionReasons: {
    'other-year': 'başka bir yıl',
    'neighbouring-sequence': 'komşu bir numara',
    'near-issuer': 'benzer bir kurum kodu',
    'transposed-digits': 'yer değiştirmiş iki rakam',
  },
  unreadable: 'Sunucu bu numarayı okuyamadı.',
  errors: {
    'not-a-string': 'Belge numarasını metin olarak girin.',
    empty: 'Bir belge numarası girin.',
    'too-long': 'Bu, bir belge numarası için çok uzun. Yalnızca numarayı girin.',
    'invalid-character':
      'Numarada, belge numaralarında hiç bulunmayan bir karakter var. Silip yeniden deneyin.',
    'unknown-form':
      'Bu bir belge numarasına benzemiyor. Kurumu, yılı ve numarayı yazın, örneğin 商资发〔2006〕123号.',
    'no-issuer': 'Kurum eksik. Kurumun kodu veya adıyla başlayın, örneğin 商资发 veya 商务部令.',
    'invalid-issuer':
      'Kurum okunamıyor. Kodunu veya adını Çince karakterlerle yazın, örneğin 商资发.',
    'no-year':
      'Yıl eksik. Yılı köşeli parantez içinde, örneğin 〔2006〕, ya da 2004年第14号 örneğindeki gibi numaradan önce yazın.',
    'malformed-year': 'Yıl okunamıyor. Dört rakamla yazın, örneğin 2006.',
    'ambiguous-year':
      'Yıl ve numara bitişik. Yılı parantez içine alın, örneğin 商资发〔2006〕123号.',
    'year-out-of-range': 'Yıl 1949 ile 2100 arasında olmalıdır.',
    'no-sequence': 'Yıldan sonraki sıra numarası eksik, örneğin 商资发〔2006〕123号 içindeki 123.',
    'malformed-sequence': 'Yıldan sonraki sıra numarası okunamıyor. Rakamla yazın, örneğin 123.',
    'sequence-out-of-range': 'Yıldan sonraki sıra numarası 1 ile 99999 arasında olmalıdır.',
    'trailing-text': 'Numaradan sonra metin var. 号 işaretinden sonrasını silin.',
  },
  browse: 'Ya da türe, yıla ve kuruma göre göz atın',
  type: 'Belge türü',
  anyType: 'Tüm türler',
  year: 'Yıl',
  anyYear: 'Tüm yıllar',
  organ: 'Yayımlayan kurum',
  anyOrgan: 'Tüm kurumlar',
  show: 'Belgeleri göster',
  results: 'Bulunan belge: {{count}}',
  noResults: 'Bu seçimlere uyan belge yok.',
} satisfies Translation<DocumentLookupStrings>;

// The words that announce a name, per language. Written as they appear in
// text; the recognizer normalizes them through the analyzer once, so ZWNJ,
// Arabic/Persian letter variants and case do not matter here. Inflected
// forms that the stemmers do not reach are listed beside their base.
#include <array>

#include "name_rules.hpp"

namespace qalam::name_rules {
namespace {

using L = Language;
using K = TriggerKind;
using T = EntityType;
constexpr T P = T::kPerson, O = T::kOrganization, G = T::kGeopolitical, C = T::kLocation, F = T::kFacility,
            E = T::kEvent;

constexpr TriggerEntry kEntries[] = {
    // English titles. Organisation heads in Latin text are found inside
    // capitalised runs (Ministry of Foreign Affairs, Harvard University).
    {L::kEnglish, K::kTitle, P, "President"}, {L::kEnglish, K::kTitle, P, "Prime Minister"},
    {L::kEnglish, K::kTitle, P, "Minister"}, {L::kEnglish, K::kTitle, P, "Foreign Minister"},
    {L::kEnglish, K::kTitle, P, "Secretary-General"}, {L::kEnglish, K::kTitle, P, "Secretary General"},
    {L::kEnglish, K::kTitle, P, "Chairman"}, {L::kEnglish, K::kTitle, P, "Chancellor"},
    {L::kEnglish, K::kTitle, P, "King"}, {L::kEnglish, K::kTitle, P, "Queen"}, {L::kEnglish, K::kTitle, P, "Prince"},
    {L::kEnglish, K::kTitle, P, "Senator"}, {L::kEnglish, K::kTitle, P, "Governor"}, {L::kEnglish, K::kTitle, P, "Mayor"},
    {L::kEnglish, K::kTitle, P, "Ambassador"}, {L::kEnglish, K::kTitle, P, "Mr"}, {L::kEnglish, K::kTitle, P, "Mrs"},
    {L::kEnglish, K::kTitle, P, "Ms"}, {L::kEnglish, K::kTitle, P, "Dr"}, {L::kEnglish, K::kTitle, P, "spokesman"},
    {L::kEnglish, K::kTitle, P, "leader"}, {L::kEnglish, K::kTitle, P, "Sheikh"},
    {L::kEnglish, K::kHeadLast, O, "Ministry"}, {L::kEnglish, K::kHeadLast, O, "University"},
    {L::kEnglish, K::kHeadLast, O, "Centre"}, {L::kEnglish, K::kHeadLast, O, "Center"}, {L::kEnglish, K::kHeadLast, O, "Bank"},
    {L::kEnglish, K::kHeadLast, O, "Agency"}, {L::kEnglish, K::kHeadLast, O, "Committee"},
    {L::kEnglish, K::kHeadLast, O, "Council"}, {L::kEnglish, K::kHeadLast, O, "Organization"},
    {L::kEnglish, K::kHeadLast, O, "Organisation"}, {L::kEnglish, K::kHeadLast, O, "Party"},
    {L::kEnglish, K::kHeadLast, O, "Company"}, {L::kEnglish, K::kHeadLast, O, "Institute"},
    {L::kEnglish, K::kHeadLast, O, "Fund"}, {L::kEnglish, K::kHeadLast, O, "Corporation"},
    {L::kEnglish, K::kHeadLast, O, "Association"}, {L::kEnglish, K::kHeadLast, O, "Union"},
    {L::kEnglish, K::kHeadLast, C, "River"}, {L::kEnglish, K::kHeadLast, C, "Lake"}, {L::kEnglish, K::kHeadLast, C, "Sea"},
    {L::kEnglish, K::kHeadLast, C, "Mountains"}, {L::kEnglish, K::kHeadLast, F, "Airport"},
    {L::kEnglish, K::kHeadLast, F, "Bridge"}, {L::kEnglish, K::kHeadLast, F, "Station"},
    {L::kEnglish, K::kHeadLast, E, "Forum"}, {L::kEnglish, K::kHeadLast, E, "Summit"}, {L::kEnglish, K::kHeadLast, E, "Games"},
    {L::kEnglish, K::kPlace, G, "in"}, {L::kEnglish, K::kPlace, G, "from"}, {L::kEnglish, K::kPlace, G, "to"},
    {L::kEnglish, K::kStop, P, "the"}, {L::kEnglish, K::kStop, P, "a"}, {L::kEnglish, K::kStop, P, "in"},
    {L::kEnglish, K::kStop, P, "on"}, {L::kEnglish, K::kStop, P, "Monday"}, {L::kEnglish, K::kStop, P, "Tuesday"},
    {L::kEnglish, K::kStop, P, "Wednesday"}, {L::kEnglish, K::kStop, P, "Thursday"}, {L::kEnglish, K::kStop, P, "Friday"},
    {L::kEnglish, K::kStop, P, "Saturday"}, {L::kEnglish, K::kStop, P, "Sunday"}, {L::kEnglish, K::kStop, P, "January"},
    {L::kEnglish, K::kStop, P, "February"}, {L::kEnglish, K::kStop, P, "March"}, {L::kEnglish, K::kStop, P, "April"},
    {L::kEnglish, K::kStop, P, "June"}, {L::kEnglish, K::kStop, P, "July"}, {L::kEnglish, K::kStop, P, "August"},
    {L::kEnglish, K::kStop, P, "September"}, {L::kEnglish, K::kStop, P, "October"}, {L::kEnglish, K::kStop, P, "November"},
    {L::kEnglish, K::kStop, P, "December"}, {L::kEnglish, K::kStop, P, "at"}, {L::kEnglish, K::kStop, P, "this"},
    {L::kEnglish, K::kStop, P, "but"}, {L::kEnglish, K::kStop, P, "and"}, {L::kEnglish, K::kStop, P, "after"},

    // Russian. Oblique cases reach the base through the Snowball stems.
    {L::kRussian, K::kTitle, P, "президент"}, {L::kRussian, K::kTitle, P, "премьер-министр"},
    {L::kRussian, K::kTitle, P, "министр"}, {L::kRussian, K::kTitle, P, "министр иностранных дел"},
    {L::kRussian, K::kTitle, P, "генеральный секретарь"}, {L::kRussian, K::kTitle, P, "генсек"},
    {L::kRussian, K::kTitle, P, "председатель"}, {L::kRussian, K::kTitle, P, "губернатор"},
    {L::kRussian, K::kTitle, P, "мэр"}, {L::kRussian, K::kTitle, P, "посол"}, {L::kRussian, K::kTitle, P, "депутат"},
    {L::kRussian, K::kTitle, P, "сенатор"}, {L::kRussian, K::kTitle, P, "канцлер"}, {L::kRussian, K::kTitle, P, "король"},
    {L::kRussian, K::kTitle, P, "директор"}, {L::kRussian, K::kTitle, P, "руководитель"},
    {L::kRussian, K::kTitle, P, "лидер"}, {L::kRussian, K::kTitle, P, "спикер"}, {L::kRussian, K::kTitle, P, "глава"},
    {L::kRussian, K::kTitle, P, "пресс-секретарь"}, {L::kRussian, K::kTitle, P, "господин"},
    {L::kRussian, K::kTitle, P, "замминистра"}, {L::kRussian, K::kTitle, P, "заместитель"},
    {L::kRussian, K::kTitle, P, "вице-президент"}, {L::kRussian, K::kTitle, P, "президента"},
    {L::kRussian, K::kHeadFirst, O, "министерство"}, {L::kRussian, K::kHeadFirst, O, "университет"},
    {L::kRussian, K::kHeadFirst, O, "центр"}, {L::kRussian, K::kHeadFirst, O, "банк"},
    {L::kRussian, K::kHeadFirst, O, "агентство"}, {L::kRussian, K::kHeadFirst, O, "комитет"},
    {L::kRussian, K::kHeadFirst, O, "совет"}, {L::kRussian, K::kHeadFirst, O, "организация"},
    {L::kRussian, K::kHeadFirst, O, "партия"}, {L::kRussian, K::kHeadFirst, O, "компания"},
    {L::kRussian, K::kHeadFirst, O, "служба"}, {L::kRussian, K::kHeadFirst, O, "фонд"},
    {L::kRussian, K::kHeadFirst, O, "ведомство"}, {L::kRussian, K::kHeadFirst, O, "управление"},
    {L::kRussian, K::kHeadFirst, O, "движение"}, {L::kRussian, K::kHeadFirst, O, "концерн"},
    {L::kRussian, K::kHeadFirst, O, "холдинг"}, {L::kRussian, K::kHeadFirst, O, "корпорация"},
    {L::kRussian, K::kHeadFirst, O, "институт"}, {L::kRussian, K::kHeadFirst, O, "суд"},
    {L::kRussian, K::kHeadFirst, O, "ОАО"}, {L::kRussian, K::kHeadFirst, O, "ЗАО"}, {L::kRussian, K::kHeadFirst, O, "ООО"},
    {L::kRussian, K::kHeadFirst, C, "река"}, {L::kRussian, K::kHeadFirst, C, "озеро"},
    {L::kRussian, K::kHeadFirst, F, "аэропорт"}, {L::kRussian, K::kHeadFirst, F, "улица"},
    {L::kRussian, K::kHeadFirst, F, "площадь"},
    {L::kRussian, K::kHeadLast, G, "область"}, {L::kRussian, K::kHeadLast, G, "район"},
    {L::kRussian, K::kHeadLast, G, "край"}, 
    {L::kRussian, K::kHeadLast, F, "проспект"}, {L::kRussian, K::kHeadLast, F, "бульвар"},
    {L::kRussian, K::kPlace, G, "в"}, {L::kRussian, K::kPlace, G, "во"}, {L::kRussian, K::kPlace, G, "из"},
    {L::kRussian, K::kStop, P, "в"}, {L::kRussian, K::kStop, P, "на"}, {L::kRussian, K::kStop, P, "и"},
    {L::kRussian, K::kStop, P, "по"}, {L::kRussian, K::kStop, P, "с"}, {L::kRussian, K::kStop, P, "о"},
    {L::kRussian, K::kStop, P, "как"}, {L::kRussian, K::kStop, P, "это"}, {L::kRussian, K::kStop, P, "по"},
    {L::kRussian, K::kStop, P, "не"}, {L::kRussian, K::kStop, P, "для"}, {L::kRussian, K::kStop, P, "что"},
    {L::kRussian, K::kStop, P, "при"}, {L::kRussian, K::kStop, P, "за"}, {L::kRussian, K::kStop, P, "от"},
    {L::kRussian, K::kStop, P, "к"}, {L::kRussian, K::kStop, P, "из"}, {L::kRussian, K::kStop, P, "у"},

    // Kazakh: possessive forms (Президенті, министрлігі) are listed, heads
    // come last with their modifiers before them.
    {L::kKazakh, K::kTitle, P, "Президент"}, {L::kKazakh, K::kTitle, P, "Президенті"},
    {L::kKazakh, K::kTitle, P, "Премьер-министр"}, {L::kKazakh, K::kTitle, P, "Премьер-министрі"},
    {L::kKazakh, K::kTitle, P, "министр"}, {L::kKazakh, K::kTitle, P, "министрі"},
    {L::kKazakh, K::kTitle, P, "Бас хатшы"}, {L::kKazakh, K::kTitle, P, "Бас хатшысы"},
    {L::kKazakh, K::kTitle, P, "әкім"}, {L::kKazakh, K::kTitle, P, "әкімі"}, {L::kKazakh, K::kTitle, P, "төраға"},
    {L::kKazakh, K::kTitle, P, "төрағасы"}, {L::kKazakh, K::kTitle, P, "депутат"}, {L::kKazakh, K::kTitle, P, "директоры"},
    {L::kKazakh, K::kTitle, P, "басшысы"}, {L::kKazakh, K::kTitle, P, "елшісі"}, {L::kKazakh, K::kTitle, P, "хатшысы"},
    {L::kKazakh, K::kTitle, P, "орынбасары"}, {L::kKazakh, K::kTitle, P, "спикері"}, {L::kKazakh, K::kTitle, P, "мырза"},
    {L::kKazakh, K::kTitle, P, "Елбасы"}, {L::kKazakh, K::kTitle, P, "Тұңғыш Президент"},
    {L::kKazakh, K::kTitle, P, "Елбасымыз"}, {L::kKazakh, K::kTitle, P, "Елбасының"}, {L::kKazakh, K::kTitle, P, "Елбасына"},
    // Capitalised at the start of official names, never a name alone.
    {L::kKazakh, K::kCommon, P, "Мемлекет"}, {L::kKazakh, K::kCommon, P, "Тұңғыш"}, {L::kKazakh, K::kCommon, P, "Полиция"},
    {L::kKazakh, K::kCommon, P, "Халық"}, {L::kKazakh, K::kCommon, P, "Компания"}, {L::kKazakh, K::kCommon, P, "Партия"},
    {L::kKazakh, K::kCommon, P, "Олимпиада"}, {L::kKazakh, K::kCommon, P, "Еңбек"}, {L::kKazakh, K::kCommon, P, "Қала"},
    {L::kKazakh, K::kCommon, P, "Аудан"}, {L::kKazakh, K::kCommon, P, "Ауыл"}, {L::kKazakh, K::kCommon, P, "Конституция"},
    {L::kKazakh, K::kHeadLast, O, "министрлігі"}, {L::kKazakh, K::kHeadLast, O, "университеті"},
    {L::kKazakh, K::kHeadLast, O, "орталығы"}, {L::kKazakh, K::kHeadLast, O, "банкі"},
    {L::kKazakh, K::kHeadLast, O, "агенттігі"}, {L::kKazakh, K::kHeadLast, O, "комитеті"},
    {L::kKazakh, K::kHeadLast, O, "кеңесі"}, {L::kKazakh, K::kHeadLast, O, "ұйымы"},
    {L::kKazakh, K::kHeadLast, O, "партиясы"}, {L::kKazakh, K::kHeadLast, O, "компаниясы"},
    {L::kKazakh, K::kHeadLast, O, "әкімдігі"}, {L::kKazakh, K::kHeadLast, O, "институты"},
    {L::kKazakh, K::kHeadLast, O, "қоры"}, {L::kKazakh, K::kHeadLast, O, "ассамблеясы"},
    {L::kKazakh, K::kHeadLast, O, "соты"}, {L::kKazakh, K::kHeadLast, O, "академиясы"},
    {L::kKazakh, K::kHeadLast, O, "театры"}, {L::kKazakh, K::kHeadLast, O, "қауымдастығы"},
    {L::kKazakh, K::kHeadLast, O, "Үкімет"}, {L::kKazakh, K::kHeadLast, O, "Парламент"},
    {L::kKazakh, K::kHeadLast, O, "Мәжіліс"}, {L::kKazakh, K::kHeadLast, O, "Сенат"}, {L::kKazakh, K::kHeadLast, O, "Ақорда"},
    // A region's name takes its head (Түркістан облысы); a city's does not
    // (Алматы қаласы is GPE[Алматы]), so қаласы is no head.
    {L::kKazakh, K::kHeadLast, G, "облысы"}, {L::kKazakh, K::kHeadLast, G, "ауданы"},
    {L::kKazakh, K::kHeadLast, G, "облысындағы"},
    {L::kKazakh, K::kHeadLast, C, "өзені"}, {L::kKazakh, K::kHeadLast, C, "көлі"}, {L::kKazakh, K::kHeadLast, C, "теңізі"},
    {L::kKazakh, K::kHeadLast, F, "әуежайы"}, {L::kKazakh, K::kHeadLast, F, "ауруханасы"},
    {L::kKazakh, K::kHeadLast, F, "стадионы"}, {L::kKazakh, K::kHeadLast, F, "көшесі"},
    {L::kKazakh, K::kHeadLast, E, "форумы"}, {L::kKazakh, K::kHeadLast, E, "съезі"},
    {L::kKazakh, K::kHeadLast, E, "фестивалі"}, {L::kKazakh, K::kHeadLast, E, "чемпионаты"},
    {L::kKazakh, K::kStop, P, "және"}, {L::kKazakh, K::kStop, P, "мен"}, {L::kKazakh, K::kStop, P, "бұл"},
    {L::kKazakh, K::kStop, P, "осы"}, {L::kKazakh, K::kStop, P, "бойынша"}, {L::kKazakh, K::kStop, P, "үшін"},
    {L::kKazakh, K::kStop, P, "де"}, {L::kKazakh, K::kStop, P, "да"}, {L::kKazakh, K::kStop, P, "сондай-ақ"},
    {L::kKazakh, K::kStop, P, "ал"}, {L::kKazakh, K::kStop, P, "бүгін"}, {L::kKazakh, K::kStop, P, "кеше"},
    {L::kKazakh, K::kStop, P, "биыл"}, {L::kKazakh, K::kStop, P, "қазір"}, {L::kKazakh, K::kStop, P, "алайда"},
    {L::kKazakh, K::kStop, P, "сонымен"}, {L::kKazakh, K::kStop, P, "сондықтан"}, {L::kKazakh, K::kStop, P, "ол"}, {L::kKazakh, K::kStop, P, "біз"}, {L::kKazakh, K::kStop, P, "олар"},

    // Tajik (Cyrillic): heads first, their ezafe chain after (Вазорати корҳои хориҷӣ).
    {L::kTajik, K::kTitle, P, "Президент"}, {L::kTajik, K::kTitle, P, "Президенти"},
    {L::kTajik, K::kTitle, P, "Раиси ҷумҳур"}, {L::kTajik, K::kTitle, P, "Раисҷумҳур"},
    {L::kTajik, K::kTitle, P, "вазир"}, {L::kTajik, K::kTitle, P, "вазири"}, {L::kTajik, K::kTitle, P, "Сарвазир"},
    {L::kTajik, K::kTitle, P, "Сарвазири"}, {L::kTajik, K::kTitle, P, "котиби генералӣ"},
    {L::kTajik, K::kTitle, P, "раис"}, {L::kTajik, K::kTitle, P, "раиси"}, {L::kTajik, K::kTitle, P, "сафир"},
    {L::kTajik, K::kTitle, P, "сафири"}, {L::kTajik, K::kTitle, P, "муовини"}, {L::kTajik, K::kTitle, P, "ҷаноби"},
    {L::kTajik, K::kTitle, P, "сухангӯи"},
    {L::kTajik, K::kHeadFirst, O, "Вазорати"}, {L::kTajik, K::kHeadFirst, O, "Донишгоҳи"},
    {L::kTajik, K::kHeadFirst, O, "Маркази"}, {L::kTajik, K::kHeadFirst, O, "Бонки"},
    {L::kTajik, K::kHeadFirst, O, "Агентии"}, {L::kTajik, K::kHeadFirst, O, "Кумитаи"},
    {L::kTajik, K::kHeadFirst, O, "Шӯрои"}, {L::kTajik, K::kHeadFirst, O, "Созмони"},
    {L::kTajik, K::kHeadFirst, O, "Ҳизби"}, {L::kTajik, K::kHeadFirst, O, "Ширкати"},
    {L::kTajik, K::kHeadFirst, O, "Хадамоти"}, {L::kTajik, K::kHeadFirst, O, "Иттиҳоди"},
    {L::kTajik, K::kHeadFirst, O, "Академияи"}, {L::kTajik, K::kHeadFirst, O, "Фонди"},
    {L::kTajik, K::kHeadFirst, O, "Маҷлиси"},
    {L::kTajik, K::kHeadFirst, C, "дарёи"}, {L::kTajik, K::kHeadFirst, C, "кӯли"}, {L::kTajik, K::kHeadFirst, C, "кӯҳи"},
    {L::kTajik, K::kHeadFirst, F, "фурудгоҳи"}, {L::kTajik, K::kHeadFirst, F, "нерӯгоҳи"},
    {L::kTajik, K::kHeadFirst, F, "пули"}, {L::kTajik, K::kHeadFirst, F, "кӯчаи"},
    {L::kTajik, K::kHeadFirst, E, "ҷашнвораи"}, {L::kTajik, K::kHeadFirst, E, "форуми"},
    {L::kTajik, K::kStop, P, "дар"}, {L::kTajik, K::kStop, P, "ва"}, {L::kTajik, K::kStop, P, "бо"},
    {L::kTajik, K::kStop, P, "аз"}, {L::kTajik, K::kStop, P, "ба"}, {L::kTajik, K::kStop, P, "ки"},
    {L::kTajik, K::kStop, P, "ин"}, {L::kTajik, K::kStop, P, "он"}, {L::kTajik, K::kStop, P, "барои"},
    {L::kTajik, K::kStop, P, "имрӯз"}, {L::kTajik, K::kStop, P, "дирӯз"},

    // Persian: heads first; the ezafe is not written, so a chain runs to the
    // next function word, verb or punctuation.
    {L::kPersian, K::kTitle, P, "رئیس‌جمهور"}, {L::kPersian, K::kTitle, P, "رئیس جمهور"},
    {L::kPersian, K::kTitle, P, "رئیس‌جمهوری"}, {L::kPersian, K::kTitle, P, "رئیس جمهوری"},
    {L::kPersian, K::kTitle, P, "نخست وزیر"}, {L::kPersian, K::kTitle, P, "نخست‌وزیر"}, {L::kPersian, K::kTitle, P, "وزیر"},
    {L::kPersian, K::kTitle, P, "وزیر امور خارجه"}, {L::kPersian, K::kTitle, P, "وزیر خارجه"},
    {L::kPersian, K::kTitle, P, "دبیرکل"}, {L::kPersian, K::kTitle, P, "دبیر کل"}, {L::kPersian, K::kTitle, P, "سخنگوی"},
    {L::kPersian, K::kTitle, P, "سفیر"}, {L::kPersian, K::kTitle, P, "آقای"}, {L::kPersian, K::kTitle, P, "خانم"},
    {L::kPersian, K::kTitle, P, "دکتر"}, {L::kPersian, K::kTitle, P, "رئیس"}, {L::kPersian, K::kTitle, P, "استاندار"},
    {L::kPersian, K::kTitle, P, "شهردار"}, {L::kPersian, K::kTitle, P, "رهبر"}, {L::kPersian, K::kTitle, P, "معاون"},
    {L::kPersian, K::kTitle, P, "مدیرعامل"}, {L::kPersian, K::kTitle, P, "آیت‌الله"}, {L::kPersian, K::kTitle, P, "پادشاه"},
    {L::kPersian, K::kHeadFirst, O, "وزارت"}, {L::kPersian, K::kHeadFirst, O, "دانشگاه"},
    {L::kPersian, K::kHeadFirst, O, "مرکز"}, {L::kPersian, K::kHeadFirst, O, "بانک"}, {L::kPersian, K::kHeadFirst, O, "آژانس"},
    {L::kPersian, K::kHeadFirst, O, "کمیته"}, {L::kPersian, K::kHeadFirst, O, "شورای"}, {L::kPersian, K::kHeadFirst, O, "مجلس"},
    {L::kPersian, K::kHeadFirst, O, "سازمان"}, {L::kPersian, K::kHeadFirst, O, "حزب"}, {L::kPersian, K::kHeadFirst, O, "شرکت"},
    {L::kPersian, K::kHeadFirst, O, "خبرگزاری"}, {L::kPersian, K::kHeadFirst, O, "بنیاد"}, {L::kPersian, K::kHeadFirst, O, "اتحادیه"},
    {L::kPersian, K::kHeadFirst, O, "دادگاه"}, {L::kPersian, K::kHeadFirst, O, "مجمع"},
    {L::kPersian, K::kHeadFirst, C, "دریای"}, {L::kPersian, K::kHeadFirst, C, "رود"}, {L::kPersian, K::kHeadFirst, C, "کوه"},
    {L::kPersian, K::kHeadFirst, C, "خلیج"}, {L::kPersian, K::kHeadFirst, F, "فرودگاه"}, {L::kPersian, K::kHeadFirst, F, "نیروگاه"},
    {L::kPersian, K::kHeadFirst, F, "بندر"}, {L::kPersian, K::kHeadFirst, F, "میدان"}, {L::kPersian, K::kHeadFirst, F, "خیابان"},
    {L::kPersian, K::kHeadFirst, E, "جشنواره"}, {L::kPersian, K::kHeadFirst, E, "اجلاس"}, {L::kPersian, K::kHeadFirst, E, "همایش"},
    {L::kPersian, K::kStop, P, "و"}, {L::kPersian, K::kStop, P, "در"}, {L::kPersian, K::kStop, P, "از"},
    {L::kPersian, K::kStop, P, "به"}, {L::kPersian, K::kStop, P, "با"}, {L::kPersian, K::kStop, P, "که"},
    {L::kPersian, K::kStop, P, "را"}, {L::kPersian, K::kStop, P, "این"}, {L::kPersian, K::kStop, P, "آن"},
    {L::kPersian, K::kStop, P, "برای"}, {L::kPersian, K::kStop, P, "تا"}, {L::kPersian, K::kStop, P, "هم"},
    {L::kPersian, K::kStop, P, "نیز"}, {L::kPersian, K::kStop, P, "گفت"}, {L::kPersian, K::kStop, P, "است"},
    {L::kPersian, K::kStop, P, "بود"}, {L::kPersian, K::kStop, P, "شد"}, {L::kPersian, K::kStop, P, "کرد"},
    {L::kPersian, K::kStop, P, "امروز"}, {L::kPersian, K::kStop, P, "دیروز"}, {L::kPersian, K::kStop, P, "اعلام"},
    {L::kPersian, K::kStop, P, "روز"}, {L::kPersian, K::kStop, P, "سال"}, {L::kPersian, K::kStop, P, "افزود"},
    {L::kPersian, K::kStop, P, "درباره"}, {L::kPersian, K::kStop, P, "کردند"},
    {L::kPersian, K::kStop, P, "داد"}, {L::kPersian, K::kStop, P, "دادند"}, {L::kPersian, K::kStop, P, "شدند"},
    {L::kPersian, K::kStop, P, "نمود"}, {L::kPersian, K::kStop, P, "کند"}, {L::kPersian, K::kStop, P, "دارد"},
    {L::kPersian, K::kStop, P, "همچنان"}, {L::kPersian, K::kStop, P, "پس"}, {L::kPersian, K::kStop, P, "وارد"}, {L::kPersian, K::kStop, P, "دیدار"}, {L::kPersian, K::kStop, P, "خود"},

    // Arabic: text may carry clitics (والرئيس) or have them split off (و الرئيس).
    {L::kArabic, K::kTitle, P, "الرئيس"}, {L::kArabic, K::kTitle, P, "رئيس"}, {L::kArabic, K::kTitle, P, "رئيس الوزراء"},
    {L::kArabic, K::kTitle, P, "رئيس الحكومة"}, {L::kArabic, K::kTitle, P, "رئيس الجمهورية"}, {L::kArabic, K::kTitle, P, "وزير"},
    {L::kArabic, K::kTitle, P, "وزير الخارجية"}, {L::kArabic, K::kTitle, P, "وزير الدفاع"}, {L::kArabic, K::kTitle, P, "وزير الداخلية"},
    {L::kArabic, K::kTitle, P, "الأمين العام"}, {L::kArabic, K::kTitle, P, "أمين عام"}, {L::kArabic, K::kTitle, P, "الملك"},
    {L::kArabic, K::kTitle, P, "الأمير"}, {L::kArabic, K::kTitle, P, "الشيخ"}, {L::kArabic, K::kTitle, P, "السيد"},
    {L::kArabic, K::kTitle, P, "السيدة"}, {L::kArabic, K::kTitle, P, "الدكتور"}, {L::kArabic, K::kTitle, P, "النائب"},
    {L::kArabic, K::kTitle, P, "السفير"}, {L::kArabic, K::kTitle, P, "العاهل"}, {L::kArabic, K::kTitle, P, "المتحدث باسم"},
    {L::kArabic, K::kTitle, P, "اللاعب"}, {L::kArabic, K::kTitle, P, "المدرب"}, {L::kArabic, K::kTitle, P, "الفنان"},
    {L::kArabic, K::kTitle, P, "الفنانة"}, {L::kArabic, K::kTitle, P, "المطرب"}, {L::kArabic, K::kTitle, P, "المخرج"},
    {L::kArabic, K::kTitle, P, "الكاتب"}, {L::kArabic, K::kTitle, P, "الشاعر"}, {L::kArabic, K::kTitle, P, "الزعيم"},
    {L::kArabic, K::kTitle, P, "الرئيسة"}, {L::kArabic, K::kTitle, P, "المستشار"}, {L::kArabic, K::kTitle, P, "النجم"},
    {L::kArabic, K::kHeadFirst, O, "وزارة"}, {L::kArabic, K::kHeadFirst, O, "جامعة"}, {L::kArabic, K::kHeadFirst, O, "مركز"},
    {L::kArabic, K::kHeadFirst, O, "بنك"}, {L::kArabic, K::kHeadFirst, O, "وكالة"}, {L::kArabic, K::kHeadFirst, O, "لجنة"},
    {L::kArabic, K::kHeadFirst, O, "مجلس"}, {L::kArabic, K::kHeadFirst, O, "منظمة"}, {L::kArabic, K::kHeadFirst, O, "حزب"},
    {L::kArabic, K::kHeadFirst, O, "شركة"}, {L::kArabic, K::kHeadFirst, O, "هيئة"}, {L::kArabic, K::kHeadFirst, O, "اتحاد"},
    {L::kArabic, K::kHeadFirst, O, "صندوق"}, {L::kArabic, K::kHeadFirst, O, "حركة"}, {L::kArabic, K::kHeadFirst, O, "نادي"},
    {L::kArabic, K::kHeadFirst, O, "مؤسسة"}, {L::kArabic, K::kHeadFirst, O, "جمعية"}, {L::kArabic, K::kHeadFirst, O, "معهد"},
    {L::kArabic, K::kHeadFirst, O, "مستشفى"}, {L::kArabic, K::kHeadFirst, O, "صحيفة"}, {L::kArabic, K::kHeadFirst, O, "قناة"},
    {L::kArabic, K::kHeadFirst, C, "نهر"}, {L::kArabic, K::kHeadFirst, C, "بحر"}, {L::kArabic, K::kHeadFirst, C, "جبل"},
    {L::kArabic, K::kHeadFirst, C, "خليج"}, {L::kArabic, K::kHeadFirst, F, "مطار"}, {L::kArabic, K::kHeadFirst, F, "ميناء"},
    {L::kArabic, K::kHeadFirst, F, "شارع"}, {L::kArabic, K::kHeadFirst, F, "ميدان"}, {L::kArabic, K::kHeadFirst, F, "جسر"},
    {L::kArabic, K::kHeadFirst, E, "مهرجان"}, {L::kArabic, K::kHeadFirst, E, "بطولة"}, {L::kArabic, K::kHeadFirst, E, "كأس"},
    {L::kArabic, K::kStop, P, "و"}, {L::kArabic, K::kStop, P, "في"}, {L::kArabic, K::kStop, P, "من"},
    {L::kArabic, K::kStop, P, "إلى"}, {L::kArabic, K::kStop, P, "على"}, {L::kArabic, K::kStop, P, "عن"},
    {L::kArabic, K::kStop, P, "أن"}, {L::kArabic, K::kStop, P, "إن"}, {L::kArabic, K::kStop, P, "الذي"},
    {L::kArabic, K::kStop, P, "التي"}, {L::kArabic, K::kStop, P, "مع"}, {L::kArabic, K::kStop, P, "قال"},
    {L::kArabic, K::kStop, P, "ان"}, {L::kArabic, K::kStop, P, "ل"}, {L::kArabic, K::kStop, P, "ب"},
    {L::kArabic, K::kStop, P, "هذا"}, {L::kArabic, K::kStop, P, "هذه"}, {L::kArabic, K::kStop, P, "أمس"},
    {L::kArabic, K::kStop, P, "اليوم"}, {L::kArabic, K::kStop, P, "خلال"}, {L::kArabic, K::kStop, P, "بعد"},
    {L::kArabic, K::kStop, P, "قد"}, {L::kArabic, K::kStop, P, "كان"}, {L::kArabic, K::kStop, P, "أمام"},
    {L::kArabic, K::kStop, P, "حول"}, {L::kArabic, K::kStop, P, "أما"}, {L::kArabic, K::kStop, P, "السبت"},
    {L::kArabic, K::kStop, P, "الأحد"}, {L::kArabic, K::kStop, P, "الخميس"}, {L::kArabic, K::kStop, P, "الجمعة"},
    {L::kArabic, K::kStop, P, "الذين"}, {L::kArabic, K::kStop, P, "اللذين"}, {L::kArabic, K::kStop, P, "اللذان"},
    {L::kArabic, K::kStop, P, "ها"}, {L::kArabic, K::kStop, P, "هم"}, {L::kArabic, K::kStop, P, "الأسبوع"},
    {L::kArabic, K::kStop, P, "المقبل"}, {L::kArabic, K::kStop, P, "الماضي"}, {L::kArabic, K::kStop, P, "خمسة"},
    // Common words that are also the names of small places: never a name
    // alone, but they may stand inside one (صندوق النقد الدولي).
    {L::kArabic, K::kCommon, P, "دولة"}, {L::kArabic, K::kCommon, P, "الدولة"}, {L::kArabic, K::kCommon, P, "الدول"},
    {L::kArabic, K::kCommon, P, "دول"}, {L::kArabic, K::kCommon, P, "مدينة"}, {L::kArabic, K::kCommon, P, "المدينة"},
    {L::kArabic, K::kCommon, P, "جديد"}, {L::kArabic, K::kCommon, P, "جديدة"}, {L::kArabic, K::kCommon, P, "الجديد"},
    {L::kArabic, K::kCommon, P, "الجديدة"}, {L::kArabic, K::kCommon, P, "الجيش"}, {L::kArabic, K::kCommon, P, "التالي"},
    {L::kArabic, K::kCommon, P, "الدولي"}, {L::kArabic, K::kCommon, P, "الدولية"},
};

constexpr SuffixCue kSuffixCues[] = {
    // Patronymics and surnames.
    {"ұлы", P}, {"қызы", P}, {"uly", P}, {"kyzy", P}, {"ович", P}, {"евич", P}, {"овна", P}, {"евна", P},
    {"ов", P}, {"ев", P}, {"ова", P}, {"ева", P}, {"ин", P}, {"ина", P}, {"енко", P},
    {"ov", P}, {"ev", P}, {"ova", P}, {"eva", P}, {"enko", P},
    {"овтың", P}, {"евтың", P}, {"овқа", P}, {"евке", P}, {"овпен", P}, {"евпен", P}, {"ованың", P}, {"еваның", P},
    {"овтан", P}, {"евтан", P}, {"евтен", P}, {"овты", P}, {"евті", P}, {"евты", P}, {"оваға", P}, {"еваға", P},
    {"овтің", P}, {"евтің", P}, {"евқа", P},
    {"овым", P}, {"евым", P}, {"ову", P}, {"еву", P}, {"овой", P}, {"евой", P},
    {"зода", P}, {"ён", P},
    // Countries and regions.
    {"стан", G}, {"станда", G}, {"станның", G}, {"станға", G}, {"стана", G}, {"стане", G},
    {"ия", G}, {"ии", G}, {"ию", G}, {"ияда", G}, {"ияның", G}, {"ia", G}, {"land", G},
    // Kazakh locative and ablative: people are rarely "in" or "from".
    {"да", G, L::kKazakh}, {"де", G, L::kKazakh}, {"та", G, L::kKazakh}, {"те", G, L::kKazakh},
    {"дан", G, L::kKazakh}, {"ден", G, L::kKazakh}, {"тен", G, L::kKazakh},
    {"нан", G, L::kKazakh}, {"нен", G, L::kKazakh}, {"дағы", G, L::kKazakh}, {"дегі", G, L::kKazakh},
    {"тағы", G, L::kKazakh}, {"тегі", G, L::kKazakh},
};

constexpr const char* kKazakhEndings[] = {
    "ның", "нің", "дың", "дің", "тың", "тің", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
    "нан", "нен", "дан", "ден", "тен", "мен", "бен", "пен", "нда", "нде",
    "ға", "ге", "қа", "ке", "да", "де", "та", "те", "ны", "ні", "ды", "ді", "ты", "ті",
};
constexpr const char* kRussianEndings[] = {"ыми", "ами", "ыми", "ым", "ом", "ем", "ой", "ей"};
constexpr const char* kTajikEndings[] = {"ро", "ҳо"};

}  // namespace

std::span<const TriggerEntry> triggerEntries() { return kEntries; }
std::span<const SuffixCue> suffixCues() { return kSuffixCues; }

std::span<const char* const> caseEndings(Language language) {
  switch (language) {
    case Language::kKazakh: return kKazakhEndings;
    case Language::kRussian: return kRussianEndings;
    case Language::kTajik: return kTajikEndings;
    default: return {};
  }
}

}  // namespace qalam::name_rules

#include "story_generator.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <type_traits>

#include <date/date.h>

namespace timeline::bench {
namespace {

// splitmix64: tiny, fast, and identical everywhere.
struct Rng {
  std::uint64_t s;
  std::uint64_t next() {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  template <class T, std::size_t N>
  const T& pick(const std::array<T, N>& a) { return a[below(N)]; }
};

struct Person {
  std::string first;
  std::string variant;  // a second spelling of the first name
  std::string last;
  std::string nationality;
  std::string role;
};

// The people and places every archive keeps coming back to; the rest of the pools are made up
// (below), so that a larger corpus has more people and places, as a real archive does.
constexpr std::array<std::array<const char*, 5>, 10> kFamous{{
    {"Anna", "Ana", "Kowalczyk", "Polish", "foreign minister"},
    {"Tomas", "Tomasz", "Herrera", "Chilean", "foreign minister"},
    {"Yusuf", "Youssef", "Demir", "Turkish", "defence minister"},
    {"Ingrid", "Ingrida", "Solberg", "Norwegian", "envoy"},
    {"Kenji", "Kenjii", "Watanabe", "Japanese", "trade minister"},
    {"Amara", "Ammara", "Okafor", "Nigerian", "president"},
    {"Lucas", "Lukas", "Moreau", "French", "prime minister"},
    {"Dmitri", "Dmitry", "Volkov", "Russian", "foreign minister"},
    {"Helen", "Helena", "Carter", "American", "secretary of state"},
    {"Rafael", "Raphael", "Costa", "Brazilian", "finance minister"},
}};
constexpr std::array<const char*, 8> kFamousCities{"Geneva", "Vienna", "Oslo", "Nairobi", "Lisbon", "Doha", "Helsinki", "Montevideo"};
// Syllables of made-up surnames and city names ("Velanori", "Marosk"): 16 x 16 x 8 of each.
constexpr std::array<const char*, 16> kOnsets{"Ba", "Ko", "Ve", "Ma", "Ta", "Lo", "Ri", "Sa", "De", "No", "Gu", "Pe", "Zo", "Ha", "Mi", "Ca"};
constexpr std::array<const char*, 16> kMiddles{"la", "ro", "vi", "ne", "sa", "ki", "to", "me", "du", "ra", "li", "no", "ga", "be", "so", "ti"};
constexpr std::array<const char*, 8> kEndings{"nov", "ric", "ssen", "mura", "llo", "ndez", "ski", "ker"};
constexpr std::array<const char*, 8> kCityEndings{"burg", "vale", "ria", "port", "stad", "polis", "mar", "ora"};
constexpr std::array<const char*, 6> kTopics{"a ceasefire", "a trade pact", "a prisoner exchange", "a grain corridor",
                                             "a border settlement", "a debt relief plan"};
constexpr std::array<const char*, 7> kWeekdays{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
constexpr std::array<const char*, 12> kMonths{"January", "February", "March", "April", "May", "June",
                                              "July", "August", "September", "October", "November", "December"};
constexpr std::array<const char*, 5> kOrdinals{"second", "third", "fourth", "fifth", "sixth"};
constexpr std::array<const char*, 4> kOutlets{"Example Post", "Daily Sample", "Wire Example", "The Generated Times"};

std::string fmt(const char* f, auto... args) {
  // printf takes numbers and C strings only: a std::string passed here would print garbage.
  static_assert(((std::is_arithmetic_v<decltype(args)> || std::is_pointer_v<decltype(args)>) && ...));
  char buf[1024];
  int n = std::snprintf(buf, sizeof buf, f, args...);
  return std::string(buf, static_cast<std::size_t>(n < 0 ? 0 : n));
}

struct Story {
  const Person* a;
  const Person* b;
  const Person* c;
  std::string city;
  std::string elsewhere;  // where c spoke
  const char* topic;
  date::sys_days day;
  int hours;
  int killed;
};

const char* weekday(date::sys_days d, int offset = 0) {
  return kWeekdays[(date::weekday{d + date::days{offset}}.iso_encoding() - 1) % 7];
}

// The story's paragraphs; `later` gives the updated wording a later version carries.
std::vector<std::string> paragraphs(const Story& s, Rng& rng, bool later) {
  date::year_month_day ymd{s.day};
  date::year_month_day before{s.day - date::days{14}};
  std::vector<std::string> p;
  p.push_back(fmt("%s %s %s %s and her counterpart %s %s have been in talks in %s for more than %d hours, "
                  "aides said, as pressure grew for %s.",
                  s.a->nationality.c_str(), s.a->role.c_str(), s.a->first.c_str(), s.a->last.c_str(), s.b->first.c_str(),
                  s.b->last.c_str(), s.city.c_str(),
                  later ? s.hours + 4 : s.hours, s.topic));
  p.push_back(fmt("Earlier on %s, %s %s said in %s that the two sides had a real chance to agree this time. "
                  "He added that only two or three issues remained open.",
                  weekday(s.day), s.c->first.c_str(), s.c->last.c_str(), s.elsewhere.c_str()));
  p.push_back(fmt("\xE2\x80\x9CWe are close, but we are not there yet,\xE2\x80\x9D Mr %s told reporters on %s night. "
                  "He said the talks might resume next week if no deal was reached by %s.",
                  s.b->last.c_str(), weekday(s.day), weekday(s.day, 1)));
  p.push_back(fmt("The meeting was the %s between the two ministers in two weeks. Since %s %u, they have spoken "
                  "by telephone almost every day.",
                  kOrdinals[rng.below(kOrdinals.size())], kMonths[static_cast<unsigned>(before.month()) - 1],
                  static_cast<unsigned>(before.day())));
  p.push_back(fmt("Meanwhile, at least %d people were killed in shelling on %s, a monitoring group said. "
                  "More than %d,000 people have fled the region in the past two weeks.",
                  later ? s.killed + 3 : s.killed, weekday(s.day, -1), 10 + static_cast<int>(rng.below(400))));
  p.push_back(fmt("The longest round of talks this year lasted %d hours and took place in late %s. "
                  "Officials said the plan had been under discussion since %s.",
                  s.hours + 2, kMonths[(static_cast<unsigned>(ymd.month()) + 10) % 12], kMonths[(static_cast<unsigned>(ymd.month()) + 8) % 12]));
  if (later)
    p.push_back(fmt("Update %dpm: %s said the delegations would meet again tomorrow at noon.", 8 + static_cast<int>(rng.below(3)),
                    s.a->last.c_str()));
  return p;
}

std::string headline(const Story& s, bool later) {
  return later ? fmt("%s and %s extend marathon talks in %s", s.a->last.c_str(), s.b->last.c_str(), s.city.c_str())
               : fmt("%s talks in %s enter second day", s.topic[0] == 'a' ? "Crisis" : "New", s.city.c_str());
}

std::string iso(date::sys_days d) {
  date::year_month_day ymd{d};
  return fmt("%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
}

std::string plain_report(const Story& s, Rng& rng, bool later, bool with_boilerplate) {
  std::string out;
  if (rng.below(2)) out += fmt("Source: %s\nPublished: %sT%02zu:%02zu\n\n", kOutlets[rng.below(4)], iso(s.day).c_str(), 12 + rng.below(10), rng.below(60));
  else out += fmt("URL: https://news.example.org/%s/talks-%s\n\n", iso(s.day).c_str(), s.city.c_str());
  if (with_boilerplate) out += "icon menu icon search icon share icon close icon print icon mail icon home\n\n";
  std::string h = headline(s, later);
  out += h + "\n\n";
  if (with_boilerplate) out += h + "\n\n";
  for (const auto& p : paragraphs(s, rng, later)) out += p + "\n\n";
  if (with_boilerplate) {
    out += "Advertisement\n\nMore on this topic\n\n";
    for (int i = 0; i < 3; ++i) {
      std::string link = fmt("Markets steady as %s talks continue", rng.pick(kFamousCities));
      out += link + link + "\n\n";
    }
  }
  return out;
}

std::string version_page(const Story& s, Rng& rng, bool table, int first_version) {
  Rng copy = rng;
  auto old_p = paragraphs(s, rng, false);
  auto new_p = paragraphs(s, copy, true);
  std::string out = "This article is from the source 'example' and was first published or seen on . It last changed over 40 days "
                    "ago and won't be checked again for changes.\n\n";
  out += fmt("You can find the current article at its original source at https://example.com/world/%s/talks\n\n", iso(s.day).c_str());
  out += "The article has changed 3 times. There is an RSS feed of changes available.\n\n";
  int delay = 20 + static_cast<int>(rng.below(200));
  std::string delay_note = delay >= 120 ? fmt("(about %d hours later)", delay / 60)
                           : delay >= 60 ? std::string("(about an hour later)")
                                         : fmt("(%d minutes later)", delay);
  if (table) {
    out += fmt("Version %d | Version %d |\n---|---|\n", first_version, first_version + 1);
    out += headline(s, false) + " | " + headline(s, true) + " |\n" + delay_note + " | |\n";
    for (std::size_t i = 0; i < new_p.size(); ++i)
      out += (i < old_p.size() ? old_p[i] : std::string()) + " | " + new_p[i] + " |\n";
  } else {
    out += fmt("Version %d Version %d\n", first_version, first_version + 1);
    out += headline(s, false) + " " + headline(s, true) + "\n" + delay_note + "\n";
    for (std::size_t i = 0; i < new_p.size(); ++i) out += (i < old_p.size() ? old_p[i] + " " : std::string()) + new_p[i] + "\n";
  }
  return out;
}

// Made-up person number k (k >= 10; 0..9 are kFamous): a surname of three or four syllables,
// distinct up to k = 32,767.
Person made_up_person(std::size_t k) {
  std::string last = std::string(kOnsets[k % 16]) + kMiddles[(k / 16) % 16];
  if (k >= 2048) last += kMiddles[(k / 2048) % 16];
  last += kEndings[(k / 256) % 8];
  const auto& first = kFamous[(k * 7) % 10];
  return {first[0], first[1], last, kFamous[(k * 3) % 10][3], kFamous[(k * 5) % 10][4]};
}

std::string made_up_city(std::size_t k) {
  return std::string(kOnsets[(k * 5) % 16]) + kMiddles[(k / 16) % 16] + kCityEndings[(k / 256) % 8];
}

}  // namespace

std::vector<GeneratedFile> generate_stories(const GeneratorOptions& options) {
  Rng rng{options.seed};
  // The pools grow with the corpus: a larger archive tells more stories about more people in
  // more places. A quarter of the picks are the few famous people and places.
  const std::size_t people = options.people != 0 ? std::max<std::size_t>(options.people, 3) : std::max<std::size_t>(10, options.reports / 4);
  const std::size_t cities = options.people != 0 ? kFamousCities.size() : std::max(kFamousCities.size(), options.reports / 20);
  std::vector<Person> pool;
  for (std::size_t k = 0; k < people; ++k)
    pool.push_back(k < kFamous.size() ? Person{kFamous[k][0], kFamous[k][1], kFamous[k][2], kFamous[k][3], kFamous[k][4]}
                                      : made_up_person(k));
  auto pick_person = [&] { return &pool[rng.below(4) == 0 ? rng.below(std::min(pool.size(), kFamous.size())) : rng.below(pool.size())]; };
  auto pick_city = [&] {
    std::size_t k = rng.below(4) == 0 ? rng.below(kFamousCities.size()) : rng.below(cities);
    return k < kFamousCities.size() ? std::string(kFamousCities[k]) : made_up_city(k);
  };
  std::vector<GeneratedFile> files;
  std::size_t per = options.reports_per_story < 2 ? 2 : options.reports_per_story;
  for (std::size_t story = 0; files.size() < options.reports; ++story) {
    Story s{pick_person(), nullptr, nullptr, pick_city(), std::string(), rng.pick(kTopics),
            date::sys_days{date::year{2000 + static_cast<int>(rng.below(static_cast<std::size_t>(std::max(options.years, 1))))} / date::month{1 + static_cast<unsigned>(rng.below(12))} /
                           date::day{1 + static_cast<unsigned>(rng.below(28))}},
            6 + static_cast<int>(rng.below(10)), 3 + static_cast<int>(rng.below(20))};
    do s.b = pick_person(); while (s.b == s.a);
    do s.c = pick_person(); while (s.c == s.a || s.c == s.b);
    do s.elsewhere = pick_city(); while (s.elsewhere == s.city);
    std::string folder = fmt("story-%05zu/", story);
    for (std::size_t r = 0; r < per && files.size() < options.reports; ++r) {
      std::string name = folder + fmt("report-%zu.txt", r);
      switch (r % 4) {
        case 0: files.push_back({name, plain_report(s, rng, false, true)}); break;
        case 1: files.push_back({name, version_page(s, rng, true, 2)}); break;
        case 2: files.push_back({name, plain_report(s, rng, true, false)}); break;
        default: files.push_back({name, version_page(s, rng, false, 0)}); break;
      }
    }
  }
  return files;
}

}  // namespace timeline::bench

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>
#include <spdlog/spdlog.h>

int main(int argc, char** argv) {
  spdlog::set_level(spdlog::level::off);  // the tests assert on reasons, not on log lines
  return doctest::Context(argc, argv).run();
}

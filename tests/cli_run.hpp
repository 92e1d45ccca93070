#pragma once
// Runs the built `timeline` binary (TIMELINE_BINARY) through the shell and captures its exit
// code, standard output and standard error.
#include <sys/wait.h>

#include <cstdio>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace timeline::test {

struct CliResult {
  int exit_code = -1;  ///< -1 when the process did not exit normally (a crash)
  std::string out, err;
};

/// Single-quotes `arg` for /bin/sh.
inline std::string shell_quote(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline CliResult run_timeline(const std::vector<std::string>& args) {
  TempDir scratch;
  auto err_path = scratch.path / "stderr";
  std::string cmd = shell_quote(TIMELINE_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " 2>" + shell_quote(err_path.string());
  CliResult r;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) r.out.append(buf, n);
  int status = ::pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_bytes(err_path);
  return r;
}

}  // namespace timeline::test

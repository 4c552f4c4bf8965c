// --vary ranges and the thread pool that runs a sweep's scenarios.
#include "sim/sweep.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "input_error.h"
#include "scenario/scenario_keys.h"
#include "scenario/scenario_values.h"

namespace gait {
namespace {

constexpr int kMaxDecimals = 12;

/// Decimals a number was written with: "0.25" 2, "1e-3" 3, "1.5e1" 0, "30" 0.
int written_decimals(std::string_view text) {
  const auto e = text.find_first_of("eE");
  const std::string_view mantissa = text.substr(0, e);
  long long exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view exp_text = text.substr(e + 1);
    if (!exp_text.empty() && exp_text.front() == '+') exp_text.remove_prefix(1);
    // an exponent beyond long long ("0e-99999999999999999999", a finite 0) counts as huge: the
    // clamp below then gives 0 or kMaxDecimals, with no overflow on the way
    const bool negative = !exp_text.empty() && exp_text.front() == '-';
    const auto [ptr, ec] = std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exponent);
    if (ec == std::errc::result_out_of_range) exponent = negative ? -1000 : 1000;
  }
  exponent = std::clamp(exponent, -1000LL, 1000LL);
  const auto dot = mantissa.find('.');
  const long long mantissa_decimals =
      dot == std::string_view::npos ? 0 : static_cast<long long>(mantissa.size() - dot - 1);
  return static_cast<int>(std::clamp(mantissa_decimals - exponent, 0LL, static_cast<long long>(kMaxDecimals)));
}

/// "duration_s, body.mass_kg, ...": the keys --vary accepts.
std::string number_keys() {
  std::string s;
  for (const ScenarioKey& k : scenario_keys())
    if (k.kind == KeyKind::Number) s += (s.empty() ? "" : ", ") + std::string(k.key);
  return s;
}

}  // namespace

SweepRange parse_sweep_range(std::string_view text) {
  const std::string flag = "--vary " + std::string(text);
  const auto fail_syntax = [&flag] {
    throw InputError(flag, 0, "", "expected KEY=FROM:TO:STEP, e.g. left.superior_gluteal_nerve=1:0:0.1");
  };
  const auto eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0) fail_syntax();
  SweepRange range;
  range.key = std::string(text.substr(0, eq));

  // FROM:TO:STEP
  std::string_view parts[3];
  std::string_view rest = text.substr(eq + 1);
  for (int i = 0; i < 3; ++i) {
    const auto colon = rest.find(':');
    if ((i < 2) == (colon == std::string_view::npos)) fail_syntax();
    parts[i] = rest.substr(0, colon);
    if (i < 2) rest.remove_prefix(colon + 1);
  }

  const ScenarioKey* k = find_scenario_key(range.key);
  if (!k) throw InputError(flag, 0, range.key, "unknown key; --vary takes a number key: " + number_keys());
  if (k->kind != KeyKind::Number)
    throw InputError(flag, 0, range.key, "not a number key; --vary takes one of: " + number_keys());

  static constexpr const char* kNames[3] = {"FROM", "TO", "STEP"};
  double v[3] = {0, 0, 0};
  for (int i = 0; i < 3; ++i) {
    const auto x = parse_number_text(parts[i]);
    if (!x)
      throw InputError(flag, 0, "",
                       std::string(kNames[i]) + " \"" + std::string(parts[i]) + "\" is not a number");
    v[i] = *x;
    range.decimals = std::max(range.decimals, written_decimals(parts[i]));
  }
  range.from = v[0];
  range.to = v[1];
  range.step = v[2];
  // FROM and TO as --set would check them (every value lies between the two)
  for (int i = 0; i < 2; ++i)
    if (!(v[i] >= k->min && v[i] <= k->max))
      throw InputError(flag, 0, range.key,
                       "expected a number in " + describe_range(*k) + ", got " + format_number(v[i]) + " (" +
                           kNames[i] + ")");
  if (range.step == 0) throw InputError(flag, 0, "", "STEP must not be zero");
  // a positive STEP is a size, taken toward TO (1:0:0.1 counts down, as the README's example does); a
  // negative one must itself point toward TO
  if (range.step < 0 && range.to > range.from)
    throw InputError(flag, 0, "",
                     "STEP " + format_number(range.step) + " goes away from TO (" + format_number(range.to) +
                         "); to go from " + format_number(range.from) + " up to " + format_number(range.to) +
                         " use STEP " + format_number(-range.step));
  if (range.to < range.from) range.step = -std::abs(range.step);
  const double count = std::floor((range.to - range.from) / range.step + 1e-9) + 1;
  if (count > static_cast<double>(kMaxSweepValues)) {
    char count_text[400];
    std::snprintf(count_text, sizeof count_text, "%.0f", count);
    throw InputError(flag, 0, "",
                     "gives " + std::string(count_text) + " values; a sweep takes at most " +
                         std::to_string(kMaxSweepValues));
  }
  return range;
}

std::vector<double> sweep_values(const SweepRange& range) {
  // i counts whole steps, so floating error cannot add or drop a value at the end of the range
  const auto count = static_cast<std::size_t>(std::floor((range.to - range.from) / range.step + 1e-9)) + 1;
  const double scale = std::pow(10.0, range.decimals);
  const double lo = std::min(range.from, range.to);
  const double hi = std::max(range.from, range.to);
  std::vector<double> values;
  values.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    double v = range.from + static_cast<double>(i) * range.step;
    v = std::round(v * scale) / scale + 0.0;  // + 0.0: -0 becomes 0
    values.push_back(std::clamp(v, lo, hi));
  }
  return values;
}

void run_indexed_parallel(std::size_t n, int jobs, const std::function<bool(std::size_t index)>& task) {
  const std::size_t threads =
      std::clamp<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), 1, std::max<std::size_t>(n, 1));
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  std::mutex mutex;  // guards error
  std::exception_ptr error;

  // each worker takes the next unstarted index until none is left
  const auto work = [&] {
    while (!stop) {
      const std::size_t i = next.fetch_add(1);
      if (i >= n) return;
      try {
        if (!task(i)) stop = true;
      } catch (...) {
        const std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
        stop = true;
      }
    }
  };
  if (threads == 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    pool.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
  }
  if (error) std::rethrow_exception(error);
}

void run_scenarios_parallel(const std::vector<ScenarioSpec>& specs, int jobs, const RunConsumer& consume) {
  std::mutex mutex;  // consume is never called from two threads at once
  // every run builds its own Model, State and Bullet world, so runs share nothing but read-only data
  run_indexed_parallel(specs.size(), jobs, [&](std::size_t i) {
    RunResult result = run_scenario(specs[i]);
    const std::lock_guard lock(mutex);
    return consume(i, std::move(result));
  });
}

}  // namespace gait

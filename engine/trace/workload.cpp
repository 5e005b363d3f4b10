#include "trace/workload.h"

#include "trace/trace_reader.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pagelab::trace {

namespace {

constexpr u64 kMaxPages = u64 { 1 } << 32;
constexpr u64 kMaxCount = u64 { 1 } << 32;

u64 rotl(u64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

u64 splitmix64(u64& x)
{
    u64 z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// Zipf sampler over ranks 0..n-1.
class Zipf {
public:
    Zipf(u64 n, double theta)
        : n_(n)
    {
        if (theta < 1.0) {
            zetan_ = zeta(n, theta);
            const double zeta2 = zeta(std::min<u64>(n, 2), theta);
            alpha_ = 1.0 / (1.0 - theta);
            eta_ = (1.0 - std::pow(2.0 / static_cast<double>(n), 1.0 - theta)) / (1.0 - zeta2 / zetan_);
            half_ = 1.0 + std::pow(0.5, theta);
        } else {
            cdf_.resize(n);
            double sum = 0;
            for (u64 i = 0; i < n; ++i)
                cdf_[i] = (sum += 1.0 / std::pow(static_cast<double>(i + 1), theta));
            for (double& c : cdf_)
                c /= sum;
        }
    }
    u64 operator()(Rng& rng) const
    {
        const double u = rng.uniform();
        if (!cdf_.empty()) {
            const auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
            return std::min<u64>(static_cast<u64>(it - cdf_.begin()), n_ - 1);
        }
        const double uz = u * zetan_;
        if (uz < 1.0)
            return 0;
        if (uz < half_)
            return std::min<u64>(1, n_ - 1);
        const double r = static_cast<double>(n_) * std::pow(eta_ * u - eta_ + 1.0, alpha_);
        return std::min<u64>(static_cast<u64>(r), n_ - 1);
    }

private:
    static double zeta(u64 n, double theta)
    {
        double sum = 0;
        for (u64 i = 1; i <= n; ++i)
            sum += 1.0 / std::pow(static_cast<double>(i), theta);
        return sum;
    }
    u64 n_;
    double zetan_ = 0, alpha_ = 0, eta_ = 0, half_ = 0;
    std::vector<double> cdf_;
};

} // namespace

Rng::Rng(u64 seed)
{
    u64 x = seed;
    for (u64& s : s_)
        s = splitmix64(x);
}

u64 Rng::next()
{
    const u64 result = rotl(s_[1] * 5, 7) * 9;
    const u64 t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

u64 Rng::below(u64 n)
{
    return static_cast<u64>((static_cast<unsigned __int128>(next()) * n) >> 64);
}

std::optional<WorkloadKind> parseWorkloadKind(std::string_view name)
{
    if (name == "seq")
        return WorkloadKind::Seq;
    if (name == "random")
        return WorkloadKind::Random;
    if (name == "loop")
        return WorkloadKind::Loop;
    if (name == "zipf")
        return WorkloadKind::Zipf;
    return std::nullopt;
}

std::string_view toString(WorkloadKind k)
{
    switch (k) {
    case WorkloadKind::Seq: return "seq";
    case WorkloadKind::Random: return "random";
    case WorkloadKind::Loop: return "loop";
    case WorkloadKind::Zipf: return "zipf";
    }
    return "?";
}

std::string WorkloadSpec::validate() const
{
    if (pages == 0)
        return "pages=0: a workload needs at least one page";
    if (pages > kMaxPages)
        return "pages=" + std::to_string(pages) + " is more than " + std::to_string(kMaxPages);
    if (count > kMaxCount)
        return "count=" + std::to_string(count) + " is more than " + std::to_string(kMaxCount);
    if (!(theta > 0.0) || theta > 10.0)
        return "theta must be in (0, 10]";
    if (!(write >= 0.0) || write > 1.0)
        return "write must be in [0, 1]";
    if (kind == WorkloadKind::Zipf && theta >= 1.0 && pages > (u64 { 1 } << 26))
        return "zipf with theta >= 1 takes at most 67108864 pages";
    return {};
}

std::vector<u64> generateWorkload(const WorkloadSpec& spec)
{
    if (std::string err = spec.validate(); !err.empty())
        throw std::invalid_argument(err);
    Rng rng(spec.seed);
    Rng writes(spec.seed ^ 0x5772697465ull); // its own stream: write= does not change the pages
    std::vector<u64> refs;
    refs.reserve(spec.count);
    std::optional<Zipf> zipf;
    if (spec.kind == WorkloadKind::Zipf)
        zipf.emplace(spec.pages, spec.theta);
    for (u64 i = 0; i < spec.count; ++i) {
        u64 page = 0;
        switch (spec.kind) {
        case WorkloadKind::Seq:
            page = static_cast<u64>((static_cast<unsigned __int128>(i) * spec.pages) / spec.count);
            break;
        case WorkloadKind::Loop: page = i % spec.pages; break;
        case WorkloadKind::Random: page = rng.below(spec.pages); break;
        case WorkloadKind::Zipf: page = (*zipf)(rng); break;
        }
        const bool write = spec.write > 0.0 && writes.uniform() < spec.write;
        refs.push_back(makeRef(page, write));
    }
    return refs;
}

} // namespace pagelab::trace

// Colour difference and colour-blindness simulation for the palette tests (test_palettes.cpp)
// and for checking screenshots by hand (scripts/simulate-cvd.sh applies the same matrices).
//  - deltaE2000: the CIEDE2000 difference of two sRGB colours (Sharma, Wu, Dalal 2005), via
//    CIELAB under D65. About 2 is a just-noticeable difference; legend colours want 10 or more.
//  - simulate: what a person with protanopia, deuteranopia or tritanopia sees, by the matrices
//    of Machado, Oliveira and Fernandes (2009) at severity 1.0, applied to linear RGB.
#pragma once

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>

namespace pagelab::ui::testing {

enum class Vision { Normal, Protanopia, Deuteranopia, Tritanopia };
inline constexpr Vision kVisions[]
    = { Vision::Normal, Vision::Protanopia, Vision::Deuteranopia, Vision::Tritanopia };

inline const char* visionName(Vision v)
{
    switch (v) {
    case Vision::Normal: return "normal vision";
    case Vision::Protanopia: return "protanopia";
    case Vision::Deuteranopia: return "deuteranopia";
    case Vision::Tritanopia: return "tritanopia";
    }
    return "";
}

inline double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double toSrgb(double c)
{
    c = std::clamp(c, 0.0, 1.0);
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

inline QColor simulate(const QColor& c, Vision v)
{
    using M = std::array<std::array<double, 3>, 3>;
    static constexpr M kProtanopia { { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 },
        { -0.003882, -0.048116, 1.051998 } } };
    static constexpr M kDeuteranopia { { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 },
        { -0.011820, 0.042940, 0.968881 } } };
    static constexpr M kTritanopia { { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 },
        { 0.004733, 0.691367, 0.303900 } } };
    if (v == Vision::Normal)
        return c;
    const M& m = v == Vision::Protanopia ? kProtanopia
        : v == Vision::Deuteranopia      ? kDeuteranopia
                                         : kTritanopia;
    const double lin[3] = { toLinear(c.redF()), toLinear(c.greenF()), toLinear(c.blueF()) };
    double out[3];
    for (int i = 0; i < 3; ++i)
        out[i] = toSrgb(m[i][0] * lin[0] + m[i][1] * lin[1] + m[i][2] * lin[2]);
    return QColor::fromRgbF(float(out[0]), float(out[1]), float(out[2]));
}

struct Lab {
    double l, a, b;
};

inline Lab toLab(const QColor& c)
{
    const double r = toLinear(c.redF()), g = toLinear(c.greenF()), b = toLinear(c.blueF());
    const double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
    const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
    const double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
    const auto f = [](double t) { return t > 216.0 / 24389 ? std::cbrt(t) : (24389.0 / 27 * t + 16) / 116; };
    return { 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)) };
}

inline double deltaE2000(const Lab& p, const Lab& q)
{
    constexpr double kPi = 3.14159265358979323846;
    const auto rad = [](double deg) { return deg * kPi / 180; };
    const auto deg = [](double r) { return r * 180 / kPi; };
    const double c1 = std::hypot(p.a, p.b), c2 = std::hypot(q.a, q.b), cBar = (c1 + c2) / 2;
    const double g = 0.5 * (1 - std::sqrt(std::pow(cBar, 7) / (std::pow(cBar, 7) + std::pow(25.0, 7))));
    const double a1 = (1 + g) * p.a, a2 = (1 + g) * q.a;
    const double c1p = std::hypot(a1, p.b), c2p = std::hypot(a2, q.b);
    const auto hue = [&](double b, double a) {
        const double h = deg(std::atan2(b, a));
        return h < 0 ? h + 360 : h;
    };
    const double h1 = c1p == 0 ? 0 : hue(p.b, a1), h2 = c2p == 0 ? 0 : hue(q.b, a2);
    const double dL = q.l - p.l, dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
        dh = h2 - h1;
        if (dh > 180)
            dh -= 360;
        else if (dh < -180)
            dh += 360;
    }
    const double dH = 2 * std::sqrt(c1p * c2p) * std::sin(rad(dh / 2));
    const double lBar = (p.l + q.l) / 2, cBarP = (c1p + c2p) / 2;
    double hBar = h1 + h2;
    if (c1p * c2p != 0)
        hBar = std::abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                                        : (h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2);
    const double t = 1 - 0.17 * std::cos(rad(hBar - 30)) + 0.24 * std::cos(rad(2 * hBar))
        + 0.32 * std::cos(rad(3 * hBar + 6)) - 0.20 * std::cos(rad(4 * hBar - 63));
    const double dTheta = 30 * std::exp(-std::pow((hBar - 275) / 25, 2));
    const double rc = 2 * std::sqrt(std::pow(cBarP, 7) / (std::pow(cBarP, 7) + std::pow(25.0, 7)));
    const double sl = 1 + 0.015 * std::pow(lBar - 50, 2) / std::sqrt(20 + std::pow(lBar - 50, 2));
    const double sc = 1 + 0.045 * cBarP, sh = 1 + 0.015 * cBarP * t;
    const double rt = -std::sin(rad(2 * dTheta)) * rc;
    return std::sqrt(
        std::pow(dL / sl, 2) + std::pow(dC / sc, 2) + std::pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
}

// The difference of two colours as a person with vision `v` sees them.
inline double deltaE(const QColor& x, const QColor& y, Vision v = Vision::Normal)
{
    return deltaE2000(toLab(simulate(x, v)), toLab(simulate(y, v)));
}

} // namespace pagelab::ui::testing

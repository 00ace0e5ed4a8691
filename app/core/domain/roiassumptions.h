#pragma once

#include <QLatin1StringView>
#include <QString>

#include <optional>

// The ROI assumptions kept in the workbench's settings (Edit > Preferences > Certifications).
struct RoiAssumptions
{
    static constexpr int DefaultHorizonYears = 3;
    static constexpr double DefaultTaxRate = 0.30;
    static constexpr double DefaultDiscountRate = 0.08;
    // Working hours in a year: the default value of a study hour is salary / 2080.
    static constexpr double WorkingHoursPerYear = 2080.0;

    // Keys in the settings table. Rates are stored as fractions (0.3 for 30 %); an absent
    // hourly value means "derive it from the current salary".
    static constexpr QLatin1StringView HorizonKey {"roi/horizonYears"};
    static constexpr QLatin1StringView TaxRateKey {"roi/taxRate"};
    static constexpr QLatin1StringView DiscountRateKey {"roi/discountRate"};
    static constexpr QLatin1StringView HourlyValueKey {"roi/hourlyValue"};

    int horizonYears = DefaultHorizonYears;
    double taxRate = DefaultTaxRate; // 0..1
    double discountRate = DefaultDiscountRate; // a year, 0..1
    std::optional<double> hourlyValue; // unset: derived from the current salary

    // The value of one study hour for a salary (the user's value when set).
    double effectiveHourlyValue(double currentSalary) const
    {
        if (hourlyValue)
            return *hourlyValue;
        return currentSalary > 0 ? currentSalary / WorkingHoursPerYear : 0.0;
    }
};

#pragma once

#include <QLocale>
#include <QString>

// Formats amounts of money in a currency named by its ISO 4217 code, with the number format
// of a locale. The locale's own currency gets the locale's symbol ("$1,234.50" in en_US);
// another currency gets the symbol its home locales use when most locales using that symbol
// mean this currency ("1.234,50 €" and "1.234,50 $" in de_DE), and otherwise its ISO code
// ("CAD 1,234.50" in en_AU, where "$" is the Australian dollar), so that currencies sharing
// a symbol are never confused. Negative amounts carry the locale's minus sign.
class Money
{
public:
    static QString format(double amount, const QString &isoCode, const QLocale &locale = QLocale(),
                          int decimals = 2);
    // The symbol FORMAT uses for ISOCODE in LOCALE.
    static QString symbol(const QString &isoCode, const QLocale &locale = QLocale());
    // True for a three-letter upper-case code such as "USD".
    static bool isValidCode(const QString &isoCode);
};

#include "money.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
struct SymbolTable
{
    // ISO code -> the symbol most of its home locales use, kept only when that currency is
    // the one most locales mean by the symbol ("$" is USD's, so CAD is written "CA$").
    QHash<QString, QString> symbolByCode;
};

const SymbolTable &symbolTable()
{
    static const SymbolTable table = [] {
        QHash<QString, QHash<QString, int>> votes; // code -> symbol -> home locales
        const QList<QLocale> all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString sym = l.currencySymbol(QLocale::CurrencySymbol);
            if (code.size() == 3 && !sym.isEmpty())
                ++votes[code][sym];
        }
        // Who owns a symbol: the currency with the most home locales using it (a tie: nobody).
        QHash<QString, std::pair<QString, int>> owner;
        QSet<QString> tied;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
                auto current = owner.value(v.key(), {QString(), 0});
                if (v.value() > current.second) {
                    owner.insert(v.key(), {it.key(), v.value()});
                    tied.remove(v.key());
                } else if (v.value() == current.second) {
                    tied.insert(v.key());
                }
            }
        }
        SymbolTable t;
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            QString best;
            int bestVotes = 0;
            for (auto v = it.value().cbegin(); v != it.value().cend(); ++v) {
                if (v.value() > bestVotes || (v.value() == bestVotes && v.key() < best)) {
                    best = v.key();
                    bestVotes = v.value();
                }
            }
            if (!tied.contains(best) && owner.value(best).first == it.key())
                t.symbolByCode.insert(it.key(), best);
        }
        return t;
    }();
    return table;
}
} // namespace

bool Money::isValidCode(const QString &isoCode)
{
    if (isoCode.size() != 3)
        return false;
    for (QChar c : isoCode) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

QString Money::symbol(const QString &isoCode, const QLocale &givenLocale)
{
    const QLocale locale = givenLocale.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : givenLocale;
    const QString code = isoCode.toUpper();
    if (code.isEmpty() || code == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const QString sym = symbolTable().symbolByCode.value(code);
    if (sym.isEmpty() || sym == locale.currencySymbol(QLocale::CurrencySymbol))
        return code;
    return sym;
}

QString Money::format(double amount, const QString &isoCode, const QLocale &givenLocale,
                      int decimals)
{
    // The C locale has no currency conventions: write money as English does.
    const QLocale locale = givenLocale.language() == QLocale::C
        ? QLocale(QLocale::English, QLocale::UnitedStates)
        : givenLocale;
    if (!std::isfinite(amount))
        amount = 0;
    // Avoid "-0.00" for tiny negative rounding noise.
    if (std::abs(amount) < 0.5 * std::pow(10.0, -decimals))
        amount = 0;
    const QString sym = symbol(isoCode, locale);
    // A minus sign rather than the accounting parentheses some locales use.
    const bool negative = amount < 0;
    QString text = locale.toCurrencyString(std::abs(amount), sym, decimals);
    // An ISO code written straight against the digits ("CAD1,234.50") reads badly: keep a
    // no-break space between them, as CLDR does for codes.
    if (isValidCode(sym)) {
        const qsizetype at = text.indexOf(sym);
        if (at >= 0) {
            const qsizetype after = at + sym.size();
            if (after < text.size() && (text.at(after).isDigit() || text.at(after) == u'-'))
                text.insert(after, QChar(0x00A0));
            else if (at > 0 && text.at(at - 1).isDigit())
                text.insert(at, QChar(0x00A0));
        }
    }
    return negative ? locale.negativeSign() + text : text;
}

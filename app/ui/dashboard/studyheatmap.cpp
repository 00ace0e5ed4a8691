#include "studyheatmap.h"

#include "calc/progressstats.h"
#include "common/appearance.h"
#include "domain/datetext.h"
#include "domain/hourstext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
constexpr int Cell = 11;
constexpr int Gap = 2;
constexpr int Step = Cell + Gap;

QString hoursText(int minutes)
{
    return HoursText::fromMinutes(minutes);
}
} // namespace

StudyHeatmap::StudyHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"studyHeatmap"_s);
    setAccessibleName(tr("Study by day"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setMouseTracking(true);
}

void StudyHeatmap::setDays(const QMap<QDate, int> &minutesPerDay, const QDate &today)
{
    m_today = today;
    m_first = ProgressStats::weekStart(today).addDays(-7 * (Weeks - 1));
    m_days = ProgressStats::heatmap(minutesPerDay, m_first, today);
    setAccessibleDescription(summary());
    update();
}

int StudyHeatmap::shade(int minutes)
{
    if (minutes <= 0)
        return 0;
    if (minutes < 30)
        return 1;
    if (minutes < 60)
        return 2;
    if (minutes < 120)
        return 3;
    return 4;
}

QString StudyHeatmap::dayText(const QDate &day) const
{
    const int minutes = m_days.value(day);
    const QString date = QLocale().toString(day, u"ddd "_s) + DateText::shortDate(day);
    return minutes > 0 ? tr("%1: studied %2").arg(date, hoursText(minutes))
                       : tr("%1: no study logged").arg(date);
}

QString StudyHeatmap::summary() const
{
    if (!m_today.isValid())
        return {};
    int days = 0;
    int minutes = 0;
    QDate best;
    for (auto it = m_days.cbegin(); it != m_days.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        ++days;
        minutes += it.value();
        if (!best.isValid() || it.value() > m_days.value(best))
            best = it.key();
    }
    const QString span = tr("In the last %n week(s)", nullptr, Weeks);
    if (days == 0)
        return tr("%1 no study was logged.").arg(span);
    return tr("%1 you studied on %2 of %3 days, %4 in all; the most on %5 (%6).")
        .arg(span, QLocale().toString(days), QLocale().toString(int(m_days.size())),
             hoursText(minutes), DateText::shortDate(best), hoursText(m_days.value(best)));
}

int StudyHeatmap::labelWidth() const
{
    const QLocale locale;
    int w = 0;
    for (int d : {1, 3, 5})
        w = std::max(w, fontMetrics().horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    return w + 6;
}

int StudyHeatmap::cellTop() const
{
    return fontMetrics().height() + 2;
}

QSize StudyHeatmap::sizeHint() const
{
    // Month names above, seven rows of days, the "less ... more" key below.
    return {labelWidth() + Weeks * Step,
            cellTop() + 7 * Step + 4 + std::max(Cell, fontMetrics().height())};
}

QRect StudyHeatmap::cellRect(const QDate &day) const
{
    const int index = int(m_first.daysTo(day));
    return {labelWidth() + (index / 7) * Step, cellTop() + (index % 7) * Step, Cell, Cell};
}

QDate StudyHeatmap::dayAt(const QPoint &pos) const
{
    if (!m_first.isValid() || pos.x() < labelWidth() || pos.y() < cellTop())
        return {};
    const int column = (pos.x() - labelWidth()) / Step;
    const int row = (pos.y() - cellTop()) / Step;
    if (column >= Weeks || row >= 7)
        return {};
    const QDate day = m_first.addDays(column * 7 + row);
    return cellRect(day).contains(pos) && day <= m_today ? day : QDate();
}

QColor StudyHeatmap::colour(int shade) const
{
    // GitHub's greens, one set for a light and one for a dark palette; the empty day is a
    // faint tint of the text colour so that it shows on any background.
    static const QColor light[]
        = {{}, {0x9b, 0xe9, 0xa8}, {0x40, 0xc4, 0x63}, {0x30, 0xa1, 0x4e}, {0x21, 0x6e, 0x39}};
    static const QColor dark[]
        = {{}, {0x0e, 0x44, 0x29}, {0x00, 0x6d, 0x32}, {0x26, 0xa6, 0x41}, {0x39, 0xd3, 0x53}};
    if (shade > 0)
        return Appearance::isDark() ? dark[shade] : light[shade];
    const QColor text = palette().color(QPalette::WindowText);
    const QColor window = palette().color(QPalette::Window);
    const double a = 0.12;
    return QColor::fromRgbF(float(window.redF() * (1 - a) + text.redF() * a),
                            float(window.greenF() * (1 - a) + text.greenF() * a),
                            float(window.blueF() * (1 - a) + text.blueF() * a));
}

void StudyHeatmap::paintEvent(QPaintEvent *)
{
    if (!m_first.isValid())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale locale;
    p.setPen(palette().color(QPalette::WindowText));
    const int ascent = fontMetrics().ascent();
    for (int d : {1, 3, 5}) // Mon, Wed, Fri, as GitHub labels them
        p.drawText(0, cellTop() + (d - 1) * Step + ascent - 1,
                   locale.dayName(d, QLocale::ShortFormat));
    int lastLabelEnd = -1;
    for (int w = 0; w < Weeks; ++w) {
        const QDate monday = m_first.addDays(7 * w);
        const bool newMonth
            = w == 0 ? monday.day() <= 7 : monday.addDays(-7).month() != monday.month();
        const int x = labelWidth() + w * Step;
        if (newMonth && x > lastLabelEnd) {
            const QString month = locale.monthName(monday.month(), QLocale::ShortFormat);
            p.drawText(x, ascent, month);
            lastLabelEnd = x + fontMetrics().horizontalAdvance(month) + 4;
        }
    }
    p.setPen(Qt::NoPen);
    for (QDate d = m_first; d <= m_today; d = d.addDays(1)) {
        p.setBrush(colour(shade(m_days.value(d))));
        p.drawRoundedRect(cellRect(d), 2, 2);
    }
    // The key: less [] [] [] [] [] more, right-aligned under the grid.
    const int y = cellTop() + 7 * Step + 4;
    const QString less = tr("Less");
    const QString more = tr("More");
    int x = width() - fontMetrics().horizontalAdvance(more);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(x, y + ascent - 1, more);
    x -= 4 + 5 * Step;
    p.drawText(x - 4 - fontMetrics().horizontalAdvance(less), y + ascent - 1, less);
    p.setPen(Qt::NoPen);
    for (int s = 0; s <= 4; ++s) {
        p.setBrush(colour(s));
        p.drawRoundedRect(QRect(x + s * Step, y + 1, Cell, Cell), 2, 2);
    }
}

bool StudyHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate day = dayAt(help->pos());
        if (day.isValid())
            QToolTip::showText(help->globalPos(), dayText(day), this, cellRect(day));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void StudyHeatmap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

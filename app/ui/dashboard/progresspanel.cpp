#include "progresspanel.h"

#include "domain/hourstext.h"
#include "studyheatmap.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QLabel *plain(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setTextFormat(Qt::PlainText);
    return l;
}
} // namespace

ProgressPanel::ProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_weekValue(plain(this, u"weekHoursValue"_s))
    , m_weekDetail(plain(this, u"weekHoursDetail"_s))
    , m_weekBar(new QProgressBar(this))
    , m_levelsValue(plain(this, u"levelsGainedValue"_s))
    , m_levelsDetail(plain(this, u"levelsGainedDetail"_s))
    , m_overallValue(plain(this, u"overallProgressValue"_s))
    , m_overallDetail(plain(this, u"overallProgressDetail"_s))
    , m_overallBar(new QProgressBar(this))
    , m_streakValue(plain(this, u"streakValue"_s))
    , m_streakDetail(plain(this, u"streakDetail"_s))
    , m_pace(plain(this, u"paceLabel"_s))
    , m_heatmap(new StudyHeatmap(this))
{
    setObjectName(u"progressPanel"_s);
    m_weekBar->setObjectName(u"weekHoursBar"_s);
    m_overallBar->setObjectName(u"overallProgressBar"_s);
    for (QProgressBar *bar : {m_weekBar, m_overallBar}) {
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
        bar->setRange(0, 100);
    }
    m_weekBar->setAccessibleName(tr("This week against the weekly budget"));
    m_overallBar->setAccessibleName(tr("Overall roadmap progress"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    tiles->addWidget(tile(tr("This week"), m_weekValue, m_weekDetail, m_weekBar), 0, 0);
    tiles->addWidget(tile(tr("Roadmap progress"), m_overallValue, m_overallDetail, m_overallBar), 0,
                     1);
    tiles->addWidget(tile(tr("Levels gained this month"), m_levelsValue, m_levelsDetail, nullptr),
                     1, 0);
    tiles->addWidget(tile(tr("Study streak"), m_streakValue, m_streakDetail, nullptr), 1, 1);
    left->addLayout(tiles);
    m_pace->setWordWrap(true);
    left->addWidget(m_pace);
    left->addStretch(1);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *heading = new QLabel(tr("Study by day"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    right->addWidget(heading);
    right->addWidget(m_heatmap);
    right->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(right);
}

QWidget *ProgressPanel::tile(const QString &title, QLabel *value, QLabel *detail, QProgressBar *bar)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(frame);
    v->setContentsMargins(8, 6, 8, 6);
    v->setSpacing(2);
    auto *caption = new QLabel(title, frame);
    // In the text colour: the palette's "disabled" grey is too faint to read on a light window.
    QFont small = caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    caption->setFont(small);
    v->addWidget(caption);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    value->setFont(big);
    value->setParent(frame);
    v->addWidget(value);
    detail->setParent(frame);
    detail->setWordWrap(true);
    v->addWidget(detail);
    if (bar) {
        bar->setParent(frame);
        v->addWidget(bar);
    }
    v->addStretch(1);
    return frame;
}

QString ProgressPanel::paceText(const ProgressStats::Pace &pace)
{
    const QLocale locale;
    if (pace.weeks <= 0)
        return pace.budgetHoursPerWeek > 0
            ? tr("No full week of study logged yet; your budget is %1 a week. Log study time "
                 "on the Skills page.")
                  .arg(HoursText::abbreviated(pace.budgetHoursPerWeek))
            : tr("No full week of study logged yet. Log study time on the Skills page.");
    const QString actual = tr("%1 a week over the last %n week(s)", nullptr, pace.weeks)
                               .arg(HoursText::abbreviated(pace.hoursPerWeek));
    if (pace.budgetHoursPerWeek <= 0)
        return tr("Pace: %1 (no weekly budget set)").arg(actual);
    return tr("Pace: %1 (budget %2)").arg(actual, HoursText::abbreviated(pace.budgetHoursPerWeek));
}

void ProgressPanel::setFigures(const Figures &f)
{
    const QLocale locale;
    const double week = ProgressStats::hoursThisWeek(f.minutesPerDay, f.today);
    m_weekValue->setText(HoursText::abbreviated(week));
    m_weekDetail->setText(
        f.weeklyBudgetHours > 0
            ? tr("of a %1 weekly budget").arg(HoursText::abbreviated(f.weeklyBudgetHours))
            : tr("no weekly budget set"));
    m_weekBar->setValue(f.weeklyBudgetHours > 0
                            ? int(std::lround(std::min(1.0, week / f.weeklyBudgetHours) * 100))
                            : 0);
    m_weekBar->setVisible(f.weeklyBudgetHours > 0);

    const int gained = ProgressStats::levelsGainedThisMonth(f.levelChanges, f.today);
    m_levelsValue->setText(gained > 0 ? u"+"_s + locale.toString(gained) : locale.toString(gained));
    m_levelsDetail->setText(tr("in %1").arg(locale.toString(f.today, u"MMMM yyyy"_s)));

    int reached = 0;
    int targeted = 0;
    for (qsizetype i = 0; i < std::min(f.levels.size(), f.targets.size()); ++i) {
        targeted += std::max(0, f.targets[i]);
        reached += std::clamp(f.levels[i], 0, std::max(0, f.targets[i]));
    }
    const int percent = int(std::lround(ProgressStats::overallProgress(f.levels, f.targets) * 100));
    m_overallBar->setValue(targeted > 0 ? percent : 0);
    m_overallBar->setVisible(targeted > 0);
    if (targeted > 0) {
        m_overallValue->setText(tr("%1%").arg(locale.toString(percent)));
        m_overallDetail->setText(tr("%1 of %2 target levels reached")
                                     .arg(locale.toString(reached), locale.toString(targeted)));
    } else {
        m_overallValue->setText(tr("No targets"));
        m_overallDetail->setText(tr("Give skills a target level on the Skills page."));
    }

    const ProgressStats::Streaks s = ProgressStats::streaks(f.minutesPerDay, f.today);
    m_streakValue->setText(tr("%n day(s)", nullptr, s.current));
    m_streakDetail->setText(tr("longest: %n day(s)", nullptr, s.longest));

    m_pace->setText(paceText(ProgressStats::pace(f.minutesPerDay, f.today, ProgressStats::PaceWeeks,
                                                 f.weeklyBudgetHours)));
    m_heatmap->setDays(f.minutesPerDay, f.today);
}

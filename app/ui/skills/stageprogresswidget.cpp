#include "stageprogresswidget.h"

#include "domain/datetext.h"
#include "domain/hourstext.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

static constexpr int StagesPerRow = 3;

namespace {

// "Stage name - about 21 Aug 2028", whole: a name too long for its cell goes on to a second
// line (issue #9: at 1024x640 "Data, machine learning a..." lost the end of its name, and in
// Spanish more of it). The projection stays in one piece, on the line where it ends.
class StageLabel : public QLabel
{
public:
    StageLabel(const QString &name, const QString &projection, QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(true);
        // Breaks only between the words of the name, or before the dash: the tail's other
        // spaces do not break, nor does the line after a dash (a word joiner holds it).
        QString tail;
        const QString written = StageProgressWidget::tr(" - %1").arg(projection);
        for (qsizetype i = 0; i < written.size(); ++i) {
            const QChar c = written.at(i);
            tail += c == u' ' && i > 0 ? QChar(QChar::Nbsp) : c;
            if (c == u'-' || c == QChar(0x2013) || c == QChar(0x2014))
                tail += QChar(0x2060);
        }
        setText(name + tail);
        // The label takes the width its cell gives; it never widens the page.
        setMinimumWidth(fontMetrics().averageCharWidth() * 12);
        QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }
};

} // namespace

StageProgressWidget::StageProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_overall(new QLabel(this))
    , m_overallBar(new QProgressBar(this))
    , m_grid(new QGridLayout)
{
    setObjectName(u"stageProgress"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_overall->setObjectName(u"overallProgressLabel"_s);
    m_overallBar->setObjectName(u"overallProgressBar"_s);
    m_overallBar->setMinimumWidth(220);
    m_overallBar->setMaximumWidth(320);
    top->addWidget(m_overall, 1);
    top->addWidget(m_overallBar);
    layout->addLayout(top);
    m_grid->setHorizontalSpacing(18);
    m_grid->setVerticalSpacing(4);
    layout->addLayout(m_grid);
}

QString StageProgressWidget::projectionText(const CompletionProjector::Progress &p,
                                            double weeklyBudget)
{
    if (p.levelsTargeted == 0)
        return tr("no targets");
    if (p.complete())
        return tr("done");
    if (weeklyBudget <= 0 || !p.completion.isValid())
        return tr("no weekly study budget set");
    return tr("about %1").arg(DateText::shortDate(p.completion));
}

static QString barText(const CompletionProjector::Progress &p)
{
    const QLocale locale;
    return StageProgressWidget::tr("%1 of %2 levels")
        .arg(locale.toString(p.levelsReached), locale.toString(p.levelsTargeted));
}

static void setBar(QProgressBar *bar, const CompletionProjector::Progress &p)
{
    bar->setRange(0, std::max(1, p.levelsTargeted));
    bar->setValue(std::min(p.levelsReached, std::max(1, p.levelsTargeted)));
    bar->setFormat(barText(p));
    bar->setTextVisible(true);
}

QString StageProgressWidget::basisText(const ProgressStats::Pace &pace)
{
    const QLocale locale;
    const double hours = ProgressStats::projectionHoursPerWeek(pace);
    if (hours <= 0)
        return {};
    if (ProgressStats::projectionUsesPace(pace))
        return tr("at your pace of %1 a week over the last %n week(s) (budget %2)", nullptr,
                  pace.weeks)
            .arg(HoursText::abbreviated(pace.hoursPerWeek, locale),
                 HoursText::abbreviated(pace.budgetHoursPerWeek, locale));
    return tr("at your budget of %1 a week (too little study logged yet to use your pace)")
        .arg(HoursText::abbreviated(pace.budgetHoursPerWeek, locale));
}

void StageProgressWidget::setProgress(const QList<RoadmapGroup> &stages,
                                      const QList<CompletionProjector::Progress> &progress,
                                      const ProgressStats::Pace &pace, double hoursPerLevel)
{
    const double weeklyBudget = ProgressStats::projectionHoursPerWeek(pace);
    qDeleteAll(m_cells);
    m_cells.clear();
    const QLocale locale;
    const CompletionProjector::Progress all = CompletionProjector::overall(progress);
    const int percent = int(std::lround(all.fraction() * 100));
    const bool dated = !all.complete() && all.completion.isValid();
    m_overall->setText(
        dated ? tr("<b>Overall:</b> %1 of %2 target levels reached (%3%) - roadmap complete %4 %5")
                    .arg(locale.toString(all.levelsReached), locale.toString(all.levelsTargeted),
                         locale.toString(percent), projectionText(all, weeklyBudget),
                         basisText(pace).toHtmlEscaped())
              : tr("<b>Overall:</b> %1 of %2 target levels reached (%3%) - roadmap complete %4")
                    .arg(locale.toString(all.levelsReached), locale.toString(all.levelsTargeted),
                         locale.toString(percent), projectionText(all, weeklyBudget)));
    m_overall->setWordWrap(true);
    //: %1, %2 and %3 are numbers of hours, e.g. "12.5 hours"
    m_overall->setToolTip(tr("%1 to go at %2 per level and %3 of study a week.")
                              .arg(HoursText::spelled(all.remainingHours, locale),
                                   HoursText::spelled(hoursPerLevel, locale),
                                   HoursText::spelled(weeklyBudget, locale)));
    setBar(m_overallBar, all);
    m_overallBar->setVisible(!stages.isEmpty());

    for (int i = 0; i < stages.size() && i < progress.size(); ++i) {
        const CompletionProjector::Progress &p = progress[i];
        auto *cell = new QWidget(this);
        cell->setObjectName(u"stageProgress%1"_s.arg(i));
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        auto *name = new StageLabel(stages[i].name, projectionText(p, weeklyBudget), cell);
        //: %3 and %4 are numbers of hours, e.g. "12.5 hours"
        name->setToolTip(tr("%1\n%2; %3 to go (%4 counting the stages before it).")
                             .arg(stages[i].name, barText(p),
                                  HoursText::spelled(p.remainingHours, locale),
                                  HoursText::spelled(p.cumulativeHours, locale)));
        auto *bar = new QProgressBar(cell);
        setBar(bar, p);
        bar->setMaximumHeight(name->fontMetrics().height() + 4);
        v->addWidget(name);
        v->addWidget(bar);
        m_grid->addWidget(cell, i / StagesPerRow, i % StagesPerRow);
        m_cells << cell;
    }
    for (int c = 0; c < StagesPerRow; ++c)
        m_grid->setColumnStretch(c, 1);
}

#include "skillsfixture.h"

#include "calc/progressstats.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/progresspanel.h"
#include "dashboard/studyheatmap.h"
#include "db/skillrepository.h"
#include "db/transaction.h"
#include "skills/skillspage.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

// Progress over time on the Dashboard (issue #9, "Progress over time"): a workbench with known
// study minutes and level changes shows them, an empty one says what to do, and the Skills
// page's projection runs at the pace actually achieved.
class TestProgressDashboard : public QObject
{
    Q_OBJECT

private:
    QDate m_today = QDate::currentDate();

    static QString text(const QWidget &page, const QString &name)
    {
        auto *label = page.findChild<QLabel *>(name);
        return label ? label->text() : u"(no %1)"_s.arg(name);
    }
    // Two hours a day through the eight full weeks before this one, and 90 minutes today.
    static bool logStudy(SkillsFixture &f, const QDate &today)
    {
        QSqlQuery q(f.database->connection());
        q.prepare(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) VALUES (?, ?, ?)"_s);
        const qint64 skill = f.skillId(u"Python"_s);
        const QDate monday = ProgressStats::weekStart(today);
        QList<QPair<QDate, int>> rows;
        for (QDate d = monday.addDays(-56); d < monday; d = d.addDays(1))
            rows << qMakePair(d, 120);
        rows << qMakePair(today, 90);
        for (const auto &[day, minutes] : rows) {
            q.addBindValue(skill);
            q.addBindValue(day.toString(Qt::ISODate));
            q.addBindValue(minutes);
            if (!q.exec())
                return false;
        }
        return true;
    }
    static bool setLevel(SkillsFixture &f, const QString &skill, int level)
    {
        Transaction t(f.database->connection());
        QString error;
        return SkillRepository(f.database->connection())
                   .setField(f.skillId(skill), Skill::Field::CurrentLevel, level, &error)
            && t.commit();
    }

private slots:
    void showsTheNumbersOfAKnownWorkbench()
    {
        SkillsFixture f;
        QVERIFY(f.open());
        QVERIFY(logStudy(f, m_today));
        QVERIFY(setLevel(f, u"Python"_s, 2));
        QVERIFY(setLevel(f, u"Version control with Git"_s, 1));
        QVERIFY(f.exec(u"INSERT INTO settings (key, value) VALUES "
                       "('skills/weeklyBudgetHours', '10')"_s));
        const int targeted
            = f.scalar(u"SELECT sum(target_level) FROM skills WHERE status <> 'skipped'"_s).toInt();
        QVERIFY(targeted > 3);

        DashboardPage page(f.context());
        page.resize(1024, 640);
        page.show();
        page.ensureLoaded();
        const QLocale locale;
        // This week: 90 minutes today (and, on a Monday, nothing else this week).
        QCOMPARE(text(page, u"weekHoursValue"_s), u"%1 h"_s.arg(locale.toString(1.5, 'f', 1)));
        QVERIFY2(text(page, u"weekHoursDetail"_s).contains(u"10"_s),
                 qPrintable(text(page, u"weekHoursDetail"_s)));
        QCOMPARE(page.findChild<QProgressBar *>(u"weekHoursBar"_s)->value(), 15);
        QCOMPARE(text(page, u"levelsGainedValue"_s), u"+3"_s);
        const int percent = int(std::lround(300.0 / targeted));
        QCOMPARE(text(page, u"overallProgressValue"_s), u"%1%"_s.arg(percent));
        QCOMPARE(text(page, u"overallProgressDetail"_s),
                 u"3 of %1 target levels reached"_s.arg(targeted));
        QCOMPARE(page.findChild<QProgressBar *>(u"overallProgressBar"_s)->value(), percent);
        // 56 days in a row up to last Sunday; today continues it only on a Monday.
        const bool monday = m_today.dayOfWeek() == 1;
        QCOMPARE(text(page, u"streakValue"_s),
                 ProgressPanel::tr("%n day(s)", nullptr, monday ? 57 : 1));
        QCOMPARE(text(page, u"streakDetail"_s),
                 ProgressPanel::tr("longest: %n day(s)", nullptr, monday ? 57 : 56));
        QVERIFY2(text(page, u"paceLabel"_s).startsWith(u"Pace: 14 h a week over the last 8 week"_s),
                 qPrintable(text(page, u"paceLabel"_s)));
        QVERIFY(text(page, u"paceLabel"_s).endsWith(u" (budget 10 h)"_s));

        auto *heatmap = page.findChild<StudyHeatmap *>(u"studyHeatmap"_s);
        QVERIFY(heatmap);
        QCOMPARE(heatmap->minutesOn(m_today), 90);
        QCOMPARE(heatmap->minutesOn(ProgressStats::weekStart(m_today).addDays(-1)), 120);
        QCOMPARE(heatmap->firstDay(),
                 ProgressStats::weekStart(m_today).addDays(-7 * (StudyHeatmap::Weeks - 1)));
        QVERIFY(heatmap->dayText(m_today).contains(locale.toString(1.5, 'f', 1)));
        QVERIFY(heatmap->dayText(m_today.addDays(-1 - 7 * 10)).contains(u"no study"_s));
        // The text alternative says what the picture shows.
        QVERIFY2(heatmap->accessibleDescription().contains(u"57 of"_s),
                 qPrintable(heatmap->accessibleDescription()));
        QCOMPARE(StudyHeatmap::shade(0), 0);
        QCOMPARE(StudyHeatmap::shade(90), 3);
        QCOMPARE(StudyHeatmap::shade(120), 4);
        // Nothing on the page is wider than a 1024x640 window leaves it.
        QVERIFY2(page.minimumSizeHint().width() <= 1024 - 200,
                 qPrintable(QString::number(page.minimumSizeHint().width())));

        // A study session logged elsewhere shows at once.
        QVERIFY(f.exec(u"INSERT INTO study_sessions (skill_id, studied_on, minutes) "
                       "VALUES (%1, '%2', 30)"_s.arg(f.skillId(u"Python"_s))
                           .arg(m_today.toString(Qt::ISODate))));
        f.notifier.notify(ChangeNotifier::StudyLog);
        QCOMPARE(text(page, u"weekHoursValue"_s), u"2 h"_s);
    }

    void emptyWorkbenchSaysWhatToDo()
    {
        SkillsFixture f;
        QVERIFY(f.open(u"empty.sqlite"_s, NewWorkbench::seededWith(RoadmapTemplate())));
        DashboardPage page(f.context());
        page.resize(1024, 640);
        page.show();
        page.ensureLoaded();
        QCOMPARE(text(page, u"weekHoursValue"_s), u"0 h"_s);
        QCOMPARE(text(page, u"overallProgressValue"_s), u"No targets"_s);
        QVERIFY(!page.findChild<QProgressBar *>(u"overallProgressBar"_s)->isVisible());
        QCOMPARE(text(page, u"streakValue"_s), ProgressPanel::tr("%n day(s)", nullptr, 0));
        QVERIFY(text(page, u"paceLabel"_s).startsWith(u"No full week of study"_s));
        auto *learnNext = page.findChild<QListWidget *>(u"dashboardLearnNext"_s);
        auto *empty = page.findChild<QLabel *>(u"dashboardLearnNextEmpty"_s);
        QVERIFY(!learnNext->isVisible());
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(u"no skills yet"_s), qPrintable(empty->text()));
        // The empty note sits right under its heading, not halfway down the page.
        auto *upcoming = page.findChild<QWidget *>(u"dashboardUpcoming"_s);
        auto top = [&page](QWidget *w) {
            return w->mapTo(&page, QPoint()).y();
        };
        QTRY_VERIFY2(std::abs(top(empty) - top(upcoming)) < 40,
                     qPrintable(u"%1 vs %2"_s.arg(top(empty)).arg(top(upcoming))));
        QVERIFY(page.findChild<StudyHeatmap *>(u"studyHeatmap"_s)
                    ->accessibleDescription()
                    .contains(u"no study was logged"_s));
    }

    void projectionUsesThePaceAchieved()
    {
        SkillsFixture f;
        QVERIFY(f.open());
        SkillsPage page(f.context());
        page.resize(1300, 900);
        page.show();
        page.ensureLoaded();
        auto *label = page.findChild<QLabel *>(u"overallProgressLabel"_s);
        QVERIFY(label);
        // No record yet: the budget (6 h by default), and it says so.
        QVERIFY2(label->text().contains(u"at your budget of 6 h a week"_s),
                 qPrintable(label->text()));
        QVERIFY(logStudy(f, m_today));
        f.notifier.notify(ChangeNotifier::StudyLog);
        QTRY_VERIFY2(label->text().contains(u"at your pace of 14 h a week over the last 8 week"_s)
                         && label->text().contains(u"(budget 6 h)"_s),
                     qPrintable(label->text()));
    }
};

QTEST_MAIN(TestProgressDashboard)
#include "tst_progressdashboard.moc"

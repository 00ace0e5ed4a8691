#include "certificationsfixture.h"

#include "certifications/certificationfilterproxy.h"
#include "certifications/certificationsmodel.h"
#include "certifications/certificationstore.h"
#include "certifications/comparecharts.h"
#include "certifications/editcertificationcommand.h"
#include "certifications/logstudydialog.h"
#include "db/studysessionrepository.h"
#include "mainwindow.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

#include <cmath>

using namespace Qt::StringLiterals;

// The Certifications table and what hangs off it: keyboard use, undo from the Edit menu,
// sorting by ROI, payback and NPV with free and never-paying rows in sensible places, no inf
// or NaN in any cell or chart, money in English and German with mixed currencies flagged,
// readable charts with many certifications, and skills told when a certification is earned.
class TestCertificationTable : public QObject
{
    Q_OBJECT

private:
    CertificationsFixture f;

    QTableView *table()
    {
        return CertificationsFixture::child<QTableView>(f.page.get(), u"certificationsTable"_s);
    }

    QStringList namesInTableOrder()
    {
        QStringList names;
        CertificationFilterProxy *p = f.page->proxy();
        for (int r = 0; r < p->rowCount(); ++r)
            names.append(p->index(r, CertificationsModel::Name).data().toString());
        return names;
    }

    static Certification make(const QString &name, double exam, double hours,
                              std::optional<double> uplift)
    {
        Certification c;
        c.name = name;
        c.examCost = exam;
        c.plannedHours = hours;
        c.upliftAmount = uplift;
        return c;
    }

    // Rows at every edge: the worked example, a quick win, free with and without a benefit,
    // and one that never pays back.
    void insertEdgeCases()
    {
        f.insert(CertificationsFixture::worked(u"Worked"_s));
        f.insert(make(u"Quick"_s, 100, 10, 2000));
        f.insert(make(u"Free"_s, 0, 0, 1200));
        f.insert(make(u"Nothing"_s, 0, 0, std::nullopt));
        f.insert(make(u"Never"_s, 500, 0, std::nullopt));
    }

    static QString plain(QString s)
    {
        s.replace(QChar(0x00A0), u' ');
        s.replace(QChar(0x202F), u' ');
        return s;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           f.dir.filePath(u"settings"_s));
        QCoreApplication::setOrganizationName(u"CareerWorkbenchTests"_s);
        QCoreApplication::setApplicationName(u"tst_certificationtable"_s);
    }
    void init() { QVERIFY(f.open()); }
    // A write whose transaction cannot begin (here: one is already open on the connection)
    // must not run statement by statement and then be reported as not saved: the user is
    // told nothing was saved, so nothing may be.
    void writeWithoutItsOwnTransactionIsRefused()
    {
        CertificationsModel *model = f.page->model();
        QSqlDatabase db = f.database->connection();
        const int before = model->rowCount();
        QVERIFY(db.transaction());
        Certification c;
        c.name = u"Written outside its transaction"_s;
        QVERIFY(!f.page->store()->add(c).ok());
        QVERIFY(db.commit());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT count(*) FROM certifications WHERE name = "
                       "'Written outside its transaction'"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(Dialogs::takeMessages().size(), 1);
    }
    void cleanup()
    {
        f.close();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // Arrows move, Enter opens the editor on the row, Delete deletes it, undo brings it back.
    void keyboardDrivesTheTable()
    {
        f.insert(make(u"Alpha"_s, 100, 0, 9000));
        f.insert(make(u"Beta"_s, 100, 0, 5000));
        f.insert(make(u"Gamma"_s, 100, 0, 1000));
        QTableView *view = table();
        view->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(namesInTableOrder(), (QStringList {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->selectionModel()->selectedRows().value(0).row(), 1);

        QTest::keyClick(view, Qt::Key_Return);
        CertificationEditor *editor = f.openDialog<CertificationEditor>();
        QVERIFY2(editor, "Enter opens the editor");
        QCOMPARE(editor->certification().name, u"Beta"_s);
        QVERIFY(CertificationsFixture::activate(editor));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!editor->isVisible());

        QVERIFY(CertificationsFixture::activate(f.page.get()));
        view->setFocus();
        Dialogs::queueAnswer(QMessageBox::Yes);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.rows(), 2);
        QCOMPARE(namesInTableOrder(), (QStringList {u"Alpha"_s, u"Gamma"_s}));
        f.undoStack->undo();
        QCOMPARE(f.rows(), 3);
        QCOMPARE(namesInTableOrder(), (QStringList {u"Alpha"_s, u"Beta"_s, u"Gamma"_s}));

        // Answering No keeps it.
        view->selectRow(0);
        Dialogs::queueAnswer(QMessageBox::No);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(f.rows(), 3);
    }

    // Ctrl+Z and Ctrl+Shift+Z reach the page's edits through the main window's Edit menu.
    void undoAndRedoFromTheEditMenu()
    {
        f.close();
        const QString path = f.dir.filePath(u"menu.sqlite"_s);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openWorkbench(path));
        w.showPage(u"certificationsPage"_s);
        auto *page = qobject_cast<CertificationsPage *>(w.page(u"certificationsPage"_s));
        QVERIFY(page);
        QTRY_VERIFY(page->isLoaded());
        page->addCertification();
        auto *editor = page->findChild<CertificationEditor *>();
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"nameEdit"_s), u"Via Menu"_s);
        QTest::keyClick(editor->findChild<QLineEdit *>(u"nameEdit"_s), Qt::Key_Return);
        QCOMPARE(page->model()->rowCount(), 1);
        QTRY_VERIFY(!editor->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(&w));

        auto *undo = w.findChild<QAction *>(u"undoAction"_s);
        QVERIFY(undo);
        QVERIFY(undo->text().contains(u"Via Menu"_s));
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->model()->rowCount(), 0);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->certification(0).name, u"Via Menu"_s);
    }

    void sortsFreeAndNoPaybackSensibly_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](const char *names) {
            return QString::fromLatin1(names).split(u' ');
        };
        // Free with a benefit is the best ROI; rows without an expected gain ("Nothing",
        // "Never": input missing, not -100 %) and refused rows stay at the bottom whichever
        // way a column is sorted.
        QTest::newRow("ROI, best first")
            << int(CertificationsModel::Roi) << int(Qt::DescendingOrder)
            << list("Free Quick Worked Nothing Never");
        QTest::newRow("ROI, worst first")
            << int(CertificationsModel::Roi) << int(Qt::AscendingOrder)
            << list("Worked Quick Free Nothing Never");
        QTest::newRow("payback, soonest first")
            << int(CertificationsModel::Payback) << int(Qt::AscendingOrder)
            << list("Free Quick Worked Nothing Never");
        QTest::newRow("payback, longest first")
            << int(CertificationsModel::Payback) << int(Qt::DescendingOrder)
            << list("Worked Quick Free Nothing Never");
        QTest::newRow("NPV, best first")
            << int(CertificationsModel::Npv) << int(Qt::DescendingOrder)
            << list("Worked Quick Free Nothing Never");
        QTest::newRow("NPV, worst first")
            << int(CertificationsModel::Npv) << int(Qt::AscendingOrder)
            << list("Free Quick Worked Nothing Never");
    }

    void sortsFreeAndNoPaybackSensibly()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        insertEdgeCases();
        table()->sortByColumn(column, Qt::SortOrder(order));
        QTEST(namesInTableOrder(), "expected");
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), column);
    }

    // Choosing a ranking sorts the table by its column and the header says so.
    void rankingShowsInTheHeader_data()
    {
        QTest::addColumn<int>("by");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("npv") << int(RoiCalculator::RankBy::Npv) << int(CertificationsModel::Npv)
                             << int(Qt::DescendingOrder);
        QTest::newRow("roi") << int(RoiCalculator::RankBy::Roi) << int(CertificationsModel::Roi)
                             << int(Qt::DescendingOrder);
        QTest::newRow("payback") << int(RoiCalculator::RankBy::Payback)
                                 << int(CertificationsModel::Payback) << int(Qt::AscendingOrder);
    }

    void rankingShowsInTheHeader()
    {
        QFETCH(int, by);
        QFETCH(int, column);
        QFETCH(int, order);
        insertEdgeCases();
        // Start from another ranking and a sort by name, then choose BY.
        f.page->charts()->setRankBy(by == int(RoiCalculator::RankBy::Payback)
                                        ? RoiCalculator::RankBy::Roi
                                        : RoiCalculator::RankBy::Payback);
        table()->sortByColumn(CertificationsModel::Name, Qt::AscendingOrder);
        f.page->charts()->setRankBy(RoiCalculator::RankBy(by));
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), column);
        QCOMPARE(int(table()->horizontalHeader()->sortIndicatorOrder()), order);
        QCOMPARE(namesInTableOrder().first(), f.page->charts()->rankedNames().first());
    }

    // No cell, tooltip, bar or hover text shows inf or NaN, whatever the edge.
    void noInfOrNanAnywhere()
    {
        insertEdgeCases();
        f.insert(make(u"Tiny Benefit"_s, 3000, 0, 0.0001));
        Certification percent = make(u"Percent"_s, 300, 10, std::nullopt);
        percent.upliftPercent = 10;
        f.insert(percent);
        const QRegularExpression bad(u"\\b(inf|nan)\\b"_s,
                                     QRegularExpression::CaseInsensitiveOption);
        CertificationFilterProxy *p = f.page->proxy();
        for (int r = 0; r < p->rowCount(); ++r) {
            for (int c = 0; c < p->columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = p->index(r, c).data(role).toString();
                    QVERIFY2(!text.contains(bad), qPrintable(text));
                }
            }
        }
        QCOMPARE(
            p->index(namesInTableOrder().indexOf(u"Tiny Benefit"_s), CertificationsModel::Payback)
                .data()
                .toString(),
            u"over 100 years"_s);

        CompareCharts *charts = f.page->charts();
        auto *roiView = charts->findChild<QChartView *>(u"roiChartView"_s);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(roiView->chart()->series().value(0));
        QVERIFY(bars);
        QBarSet *set = bars->barSets().value(0);
        for (int i = 0; i < set->count(); ++i) {
            QVERIFY(std::isfinite(set->at(i)));
            emit set->hovered(true, i);
            QVERIFY2(!charts->hoverText().contains(bad), qPrintable(charts->hoverText()));
        }
        auto *beView = charts->findChild<QChartView *>(u"breakEvenChartView"_s);
        for (QAbstractSeries *s : beView->chart()->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            QVERIFY(line);
            const QList<QPointF> points = line->points();
            for (const QPointF &pt : points)
                QVERIFY(std::isfinite(pt.x()) && std::isfinite(pt.y()));
            if (!points.isEmpty())
                emit line->hovered(points.last(), true);
            QVERIFY2(!charts->hoverText().contains(bad), qPrintable(charts->hoverText()));
        }
    }

    // Money in the profile's currency or the certification's own, written as the locale does.
    void moneyInEnglishAndGerman_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("profileCurrency");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QString>("npv");
        QTest::addColumn<QString>("roi");

        // Exam 3,600, no study hours, 10,000 uplift: NPV 14,439.7 as in the worked example.
        QTest::newRow("en profile USD") << "en_US"
                                        << "USD"
                                        << ""
                                        << "$3,600"
                                        << "$14,440"
                                        << "483.3 %";
        QTest::newRow("en override EUR") << "en_US"
                                         << "USD"
                                         << "EUR"
                                         << "€3,600"
                                         << "€14,440"
                                         << "483.3 %";
        QTest::newRow("de profile EUR") << "de_DE"
                                        << "EUR"
                                        << ""
                                        << "3.600 €"
                                        << "14.440 €"
                                        << "483,3 %";
        QTest::newRow("de override USD") << "de_DE"
                                         << "EUR"
                                         << "USD"
                                         << "3.600 $"
                                         << "14.440 $"
                                         << "483,3 %";
        QTest::newRow("en profile GBP, override eur") << "en_GB"
                                                      << "GBP"
                                                      << "eur"
                                                      << "€3,600"
                                                      << "€14,440"
                                                      << "483.3 %";
    }

    void moneyInEnglishAndGerman()
    {
        QFETCH(QString, locale);
        QFETCH(QString, profileCurrency);
        QFETCH(QString, override);
        QLocale::setDefault(QLocale(locale));
        QVERIFY(f.open(profileCurrency));
        Certification c = make(u"Priced"_s, 3600, 0, 10000);
        c.currency = override;
        f.insert(c);
        CertificationFilterProxy *p = f.page->proxy();
        QTEST(plain(p->index(0, CertificationsModel::TotalCost).data().toString()), "total");
        QTEST(plain(p->index(0, CertificationsModel::Npv).data().toString()), "npv");
        QTEST(plain(p->index(0, CertificationsModel::Roi).data().toString()), "roi");
        QVERIFY(!f.page->model()->mixesCurrencies(0));
    }

    // Costs in USD with a salary in EUR: the total shows both parts, the row is marked and
    // the page says how many mix currencies.
    void mixedCurrenciesAreFlagged()
    {
        QVERIFY(f.open(u"EUR"_s));
        auto *note = CertificationsFixture::child<QLabel>(f.page.get(), u"mixedCurrencyNote"_s);
        Certification mixed = CertificationsFixture::worked(u"Mixed"_s);
        mixed.currency = u"USD"_s;
        f.insert(mixed);
        Certification own = CertificationsFixture::worked(u"Own"_s);
        f.insert(own);
        Certification cashOnly = make(u"Cash Only"_s, 400, 0, 10000);
        cashOnly.currency = u"USD"_s;
        f.insert(cashOnly);
        const QStringList names = namesInTableOrder();
        CertificationFilterProxy *p = f.page->proxy();
        auto cell = [&](const QString &name, int column, int role = Qt::DisplayRole) {
            return p->index(names.indexOf(name), column).data(role);
        };
        QCOMPARE(plain(cell(u"Mixed"_s, CertificationsModel::TotalCost).toString()),
                 u"$400 + €3,200"_s);
        QVERIFY(!cell(u"Mixed"_s, CertificationsModel::Roi, Qt::DecorationRole).isNull());
        QVERIFY(cell(u"Mixed"_s, CertificationsModel::Roi, Qt::ToolTipRole)
                    .toString()
                    .contains(u"without converting"_s));
        QCOMPARE(plain(cell(u"Own"_s, CertificationsModel::TotalCost).toString()), u"€3,600"_s);
        QVERIFY(cell(u"Own"_s, CertificationsModel::Roi, Qt::DecorationRole).isNull());
        QCOMPARE(plain(cell(u"Cash Only"_s, CertificationsModel::TotalCost).toString()), u"$400"_s);
        QVERIFY(cell(u"Cash Only"_s, CertificationsModel::Roi, Qt::DecorationRole).isNull());
        QVERIFY(note->isVisible());
        QVERIFY(note->text().startsWith(u"One certification"_s));
        QVERIFY(note->text().contains(u"EUR"_s));
        // The break-even axis does not pretend the lines share one currency.
        auto *be = f.page->charts()->findChild<QChartView *>(u"breakEvenChartView"_s);
        bool flagged = false;
        for (QAbstractAxis *axis : be->chart()->axes())
            flagged = flagged || axis->titleText().contains(u"mixed currencies"_s);
        QVERIFY(flagged);
    }

    // Thirty certifications: the charts show the best few and say so; the table lists all.
    void manyCertificationsKeepTheChartsReadable()
    {
        for (int i = 1; i <= 30; ++i)
            f.insert(make(u"Certification %1"_s.arg(i), 100 * i, 10, 500 * i));
        QCOMPARE(f.page->proxy()->rowCount(), 30);
        CompareCharts *charts = f.page->charts();
        QVERIFY2(charts->roiTitle().contains(u"best 12 of 30"_s), qPrintable(charts->roiTitle()));
        QVERIFY2(charts->breakEvenTitle().contains(u"best 8 of 30"_s),
                 qPrintable(charts->breakEvenTitle()));
        auto *roiView = charts->findChild<QChartView *>(u"roiChartView"_s);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(roiView->chart()->series().value(0));
        QCOMPARE(bars->barSets().value(0)->count(), CompareCharts::MaxBars);
        auto *beView = charts->findChild<QChartView *>(u"breakEvenChartView"_s);
        QCOMPARE(beView->chart()->series().size(), CompareCharts::MaxLines + 1); // + zero line
        // The best ranked is on top of the bars and first in the legend.
        const QString best = charts->rankedNames().first();
        QCOMPARE(beView->chart()->series().first()->name(), best);

        // A few: no "best of" in the titles.
        QVERIFY(f.open());
        f.insert(make(u"Only"_s, 100, 10, 500));
        QVERIFY(!f.page->charts()->roiTitle().contains(u"best"_s));
    }

    // Earning a certification makes it evidence for its skills: the Skills page is told.
    void earningNotifiesSkills()
    {
        const qint64 skill = CertificationRepository(f.database->connection())
                                 .skillChoices(nullptr)
                                 .value()
                                 .value(0)
                                 .id;
        QVERIFY(skill > 0);
        Certification c = CertificationsFixture::worked();
        c.status = Certification::Status::Studying;
        c.skillIds = {skill};
        c.id = f.insert(c);
        QSignalSpy spy(f.notifier.get(), &ChangeNotifier::changed);
        Certification earned = f.page->model()->certification(0);
        earned.status = Certification::Status::Earned;
        earned.earnedOn = QDate(2026, 1, 5);
        f.undoStack->push(new EditCertificationCommand(f.page->store(),
                                                       f.page->model()->certification(0), earned));
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<ChangeNotifier::Areas>() & ChangeNotifier::Skills);
        spy.clear();
        f.undoStack->undo();
        QVERIFY(spy.at(0).at(0).value<ChangeNotifier::Areas>() & ChangeNotifier::Skills);
        // A new note on a certification changes no skill's evidence.
        spy.clear();
        Certification noted = f.page->model()->certification(0);
        noted.notes = u"A note"_s;
        f.undoStack->push(new EditCertificationCommand(f.page->store(),
                                                       f.page->model()->certification(0), noted));
        QVERIFY(!(spy.at(0).at(0).value<ChangeNotifier::Areas>() & ChangeNotifier::Skills));
    }

    // Study time logged against a skill: planned against logged shows as progress; undo.
    void studyAgainstASkillShowsProgress()
    {
        const qint64 skill = CertificationRepository(f.database->connection())
                                 .skillChoices(nullptr)
                                 .value()
                                 .value(0)
                                 .id;
        Certification c = CertificationsFixture::worked();
        c.skillIds = {skill};
        f.insert(c);
        table()->selectRow(0);
        QTest::mouseClick(
            CertificationsFixture::child<QPushButton>(f.page.get(), u"logStudyButton"_s),
            Qt::LeftButton);
        auto *log = f.openDialog<LogStudyDialog>();
        QVERIFY(log);
        auto *skills = log->findChild<QComboBox *>(u"studySkillCombo"_s);
        QCOMPARE(skills->itemData(1).toLongLong(), skill); // the covered skill first
        skills->setCurrentIndex(1);
        log->findChild<QDoubleSpinBox *>(u"studyHoursSpin"_s)->setValue(20);
        log->accept();
        const QModelIndex study = f.page->proxy()->index(0, CertificationsModel::Study);
        QCOMPARE(study.data().toString(), u"20 / 80 h"_s);
        QCOMPARE(study.data(CertificationsModel::ProgressRole).toDouble(), 0.25);
        QString error;
        const auto sessions = StudySessionRepository(f.database->connection())
                                  .forCertification(f.page->model()->certification(0).id, &error);
        QVERIFY2(sessions, qPrintable(error));
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->first().skillId, skill);
        f.undoStack->undo();
        QCOMPARE(f.rows(u"study_sessions"_s), 0);
        QCOMPARE(f.page->proxy()->index(0, CertificationsModel::Study).data().toString(),
                 u"0 / 80 h"_s);
    }
};

QTEST_MAIN(TestCertificationTable)
#include "tst_certificationtable.moc"

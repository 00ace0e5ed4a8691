// Issue 9 (dark mode): unticked boxes in the Skills page's Evidence list were nearly invisible,
// because Fusion outlines an indicator in a darkened window colour. In both appearances an
// unticked box must stand out from the background by at least 3:1 (WCAG 2.1, 1.4.11).

#include "common/appearance.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast any pixel of RECT in IMAGE has against BACKGROUND: the box's outline.
double strongest(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    }
    return best;
}
} // namespace

class TestDarkIndicators : public QObject
{
    Q_OBJECT

private slots:
    void untickedBoxesAreVisible_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(Appearance::Mode::Light);
        QTest::newRow("dark") << int(Appearance::Mode::Dark);
    }

    void untickedBoxesAreVisible()
    {
        QFETCH(int, mode);
        Appearance::apply(qApp, Appearance::Mode(mode));
        const QPalette palette = QApplication::palette();

        // A checkable item with no text, as in the Evidence list: the box is all the row has.
        QTreeWidget tree;
        tree.setHeaderHidden(true);
        tree.setColumnCount(1);
        auto *item = new QTreeWidgetItem(&tree);
        item->setCheckState(0, Qt::Unchecked);
        tree.resize(200, 120);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));
        const QImage rows = tree.viewport()->grab().toImage();
        const QRect row = tree.visualItemRect(item);
        const QColor base = palette.color(QPalette::Base);
        const double inList = strongest(rows, row.adjusted(0, 0, -(row.width() - 40), 0), base);
        QVERIFY2(inList >= 3.0, qPrintable(u"list box: %1:1"_s.arg(inList, 0, 'f', 2)));

        // A plain check box on a dialog: its box is drawn on Base too.
        QCheckBox box;
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        const QImage boxImage = box.grab().toImage();
        const double onDialog = strongest(boxImage, QRect(0, 0, 24, boxImage.height()),
                                          palette.color(QPalette::Base));
        QVERIFY2(onDialog >= 3.0, qPrintable(u"check box: %1:1"_s.arg(onDialog, 0, 'f', 2)));
    }
};

QTEST_MAIN(TestDarkIndicators)
#include "tst_darkindicators.moc"

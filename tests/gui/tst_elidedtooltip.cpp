#include "common/elidedtooltipdelegate.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 9: a name still cut in a narrow column ("Saltmarsh Retail ...") shows whole in its
// tooltip, before the model's own tooltip; a name shown whole keeps only the model's tooltip.
class TestElidedToolTip : public QObject
{
    Q_OBJECT

private slots:
    void cutTextShowsWholeInTheToolTip();
};

void TestElidedToolTip::cutTextShowsWholeInTheToolTip()
{
    QStandardItemModel model(2, 1);
    const QString longName = u"Saltmarsh Retail Group <Personalisation & Search>"_s;
    model.setData(model.index(0, 0), longName);
    model.setData(model.index(0, 0), u"A retailer"_s, Qt::ToolTipRole);
    model.setData(model.index(1, 0), u"Acme"_s);
    model.setData(model.index(1, 0), u"A maker"_s, Qt::ToolTipRole);
    QTableView view;
    auto *delegate = new ElidedToolTipDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.setWordWrap(false);
    view.horizontalHeader()->resizeSection(0, view.fontMetrics().horizontalAdvance(u"Saltmarsh"_s));
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const auto tipOf = [&](int row) {
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.rect = view.visualRect(model.index(row, 0));
        option.font = view.font();
        option.text = model.index(row, 0).data().toString();
        option.features = QStyleOptionViewItem::HasDisplay;
        return ElidedToolTipDelegate::toolTip(option, model.index(row, 0), &view);
    };
    const QString cut = tipOf(0);
    QVERIFY2(cut.contains(longName.toHtmlEscaped()), qPrintable(cut)); // as written, not as HTML
    QVERIFY(cut.contains(u"A retailer"_s));
    QVERIFY(cut.indexOf(longName.toHtmlEscaped()) < cut.indexOf(u"A retailer"_s));
    QCOMPARE(tipOf(1), u"A maker"_s);
}

QTEST_MAIN(TestElidedToolTip)
#include "tst_elidedtooltip.moc"

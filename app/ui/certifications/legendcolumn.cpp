#include "legendcolumn.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LegendColumn::LegendColumn(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addStretch(1);
}

void LegendColumn::setEntries(const QStringList &names, const QList<QColor> &colours)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    // Between the two stretches that centre the rows.
    while (layout->count() > 2) {
        QLayoutItem *item = layout->takeAt(1);
        delete item->widget();
        delete item;
    }
    const int side = fontMetrics().height() * 2 / 3;
    for (int i = 0; i < names.size(); ++i) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *swatch = new QFrame(row);
        swatch->setFixedSize(side, side);
        swatch->setAutoFillBackground(true);
        QPalette pal = swatch->palette();
        pal.setColor(QPalette::Window, colours.value(i));
        swatch->setPalette(pal);
        auto *name = new QLabel(names.at(i), row);
        name->setObjectName(u"legendName"_s);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        h->addWidget(swatch, 0, Qt::AlignTop);
        h->addWidget(name, 1);
        layout->insertWidget(layout->count() - 1, row);
    }
}

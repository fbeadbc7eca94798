#pragma once

#include "trade/declaration.h"

#include <QCoreApplication>
#include <QString>

namespace caravan::ui {

enum class DeclarationPageSize { A4, A6 };

// Draws a CN 22 or CN 23 customs declaration into a printable PDF (QPdfWriter, 300 dpi, one page):
// sender and addressee boxes, category of item, the contents table (description, quantity, net weight,
// value, HS tariff number, country of origin), totals, the sender's declaration and the signature and
// date line. Labels are the UPU's English/French wording.
class PdfDeclarationWriter
{
    Q_DECLARE_TR_FUNCTIONS(caravan::ui::PdfDeclarationWriter)

public:
    // Writes `path`; on failure returns false and says why in `error`.
    static bool write(const trade::Declaration &declaration, const trade::DeclarationAssessment &assessment,
                      DeclarationPageSize size, const QString &path, QString *error);
};

} // namespace caravan::ui

/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { PKS02_DEFINITION } from "@pks02/shared";
import { buildAnswers } from "@pks02/shared/src/survey/test-factories";
import { buildPages } from "../survey/pages";
import { ReviewList } from "./review-list";

const definition = PKS02_DEFINITION;
const pages = buildPages(definition);

describe("ReviewList", () => {
  it("lists every visible question with the chosen option's words", () => {
    render(
      <ReviewList
        definition={definition}
        pages={pages}
        answers={buildAnswers()}
        errors={{}}
        onEdit={() => {}}
      />,
    );
    const terms = screen.getAllByRole("term");
    expect(terms).toHaveLength(24);
    const b2 = terms.find((t) => t.textContent?.startsWith("Câu 2."));
    expect(b2?.nextElementSibling?.textContent).toBe(
      "Buổi tiếp công dân định kỳ; Giải quyết hồ sơ thủ tục hành chính",
    );
    expect(screen.getAllByText("Rất hài lòng").length).toBeGreaterThan(0);
  });

  it("leaves out hidden questions and marks unanswered ones with the validator's message", () => {
    const answers = buildAnswers({ B1: 3, B2: undefined, F2: undefined });
    render(
      <ReviewList
        definition={definition}
        pages={pages}
        answers={answers}
        errors={{ F2: "Xin vui lòng trả lời câu hỏi này." }}
        onEdit={() => {}}
      />,
    );
    expect(screen.queryByText(/hình thức nào/)).toBeNull();
    const f2 = screen.getAllByRole("term").find((t) => t.textContent?.includes("Độ tuổi"));
    const item = f2?.parentElement as HTMLElement;
    expect(within(item).getByText("(chưa trả lời)")).toBeTruthy();
    expect(within(item).getByRole("alert").textContent).toBe("Xin vui lòng trả lời câu hỏi này.");
  });

  it("offers to edit each page and says which questions it holds", () => {
    const onEdit = jest.fn();
    render(
      <ReviewList
        definition={definition}
        pages={pages}
        answers={buildAnswers()}
        errors={{}}
        onEdit={onEdit}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Sửa câu 4–6" }));
    expect(onEdit).toHaveBeenCalledWith(1);
  });
});

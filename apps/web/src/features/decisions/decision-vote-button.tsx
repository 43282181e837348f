import { VoteControl } from '../votes/vote-button.js';
import { useDecisionVote } from './decision-mutations.js';

interface DecisionVoteButtonProps {
  decisionId: number;
  /** What the decision is, so the button's name says what the vote is for. */
  label: string;
  votes: number;
  /** The viewer's vote as the server knows it; null when nobody is signed in. */
  voted: boolean | null;
}

/** The decision's upvote: the same control as a pro's or con's, sent to the decision's own endpoint. */
export function DecisionVoteButton({ decisionId, label, votes, voted }: DecisionVoteButtonProps) {
  const vote = useDecisionVote();
  return <VoteControl anchor={`vote-decision-${decisionId}`} label={label} votes={votes} voted={voted} pending={vote.pending} send={(next) => vote.send({ decisionId, voted: next })} />;
}
